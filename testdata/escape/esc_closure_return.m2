./esc_closure_return.go:7:2: counter capturing by ref: n (addr=false assign=true width=8)
./esc_closure_return.go:8:9: func literal escapes to heap:
./esc_closure_return.go:8:9:   flow: ~r0 = &{storage for func literal}:
./esc_closure_return.go:8:9:     from func literal (spill) at ./esc_closure_return.go:8:9
./esc_closure_return.go:8:9:     from return func literal (return) at ./esc_closure_return.go:8:2
./esc_closure_return.go:7:2: n escapes to heap:
./esc_closure_return.go:7:2:   flow: {storage for func literal} = &n:
./esc_closure_return.go:7:2:     from n (captured by a closure) at ./esc_closure_return.go:9:3
./esc_closure_return.go:7:2:     from n (reference) at ./esc_closure_return.go:9:3
./esc_closure_return.go:7:2: moved to heap: n
./esc_closure_return.go:8:9: func literal escapes to heap
./esc_closure_return.go:14:12: adder capturing by value: base (addr=false assign=false width=8)
./esc_closure_return.go:15:9: func literal escapes to heap:
./esc_closure_return.go:15:9:   flow: ~r0 = &{storage for func literal}:
./esc_closure_return.go:15:9:     from func literal (spill) at ./esc_closure_return.go:15:9
./esc_closure_return.go:15:9:     from return func literal (return) at ./esc_closure_return.go:15:2
./esc_closure_return.go:14:12: parameter base leaks to {storage for func literal} with derefs=0:
./esc_closure_return.go:14:12:   flow: {storage for func literal} = base:
./esc_closure_return.go:14:12:     from base (captured by a closure) at ./esc_closure_return.go:16:10
./esc_closure_return.go:15:9: func literal escapes to heap
./esc_closure_return.go:20:17: accumulate capturing by value: p (addr=false assign=false width=8)
./esc_closure_return.go:21:9: func literal escapes to heap:
./esc_closure_return.go:21:9:   flow: ~r0 = &{storage for func literal}:
./esc_closure_return.go:21:9:     from func literal (spill) at ./esc_closure_return.go:21:9
./esc_closure_return.go:21:9:     from return func literal (return) at ./esc_closure_return.go:21:2
./esc_closure_return.go:20:17: parameter p leaks to {storage for func literal} with derefs=0:
./esc_closure_return.go:20:17:   flow: {storage for func literal} = p:
./esc_closure_return.go:20:17:     from p (captured by a closure) at ./esc_closure_return.go:22:4
./esc_closure_return.go:20:17: leaking param: p
./esc_closure_return.go:21:9: func literal escapes to heap
./esc_closure_return.go:30:2: total escapes to heap:
./esc_closure_return.go:30:2:   flow: {heap} = &total:
./esc_closure_return.go:30:2:     from &total (address-of) at ./esc_closure_return.go:31:20
./esc_closure_return.go:30:2:     from accumulate(&total) (call parameter) at ./esc_closure_return.go:31:19
./esc_closure_return.go:33:22: total escapes to heap:
./esc_closure_return.go:33:22:   flow: {storage for ... argument} = &{storage for total}:
./esc_closure_return.go:33:22:     from total (spill) at ./esc_closure_return.go:33:22
./esc_closure_return.go:33:22:     from ... argument (slice-literal-element) at ./esc_closure_return.go:33:13
./esc_closure_return.go:33:22:   flow: {heap} = {storage for ... argument}:
./esc_closure_return.go:33:22:     from ... argument (spill) at ./esc_closure_return.go:33:13
./esc_closure_return.go:33:22:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_return.go:33:13
./esc_closure_return.go:33:22: add(3) escapes to heap:
./esc_closure_return.go:33:22:   flow: {storage for ... argument} = &{storage for add(3)}:
./esc_closure_return.go:33:22:     from add(3) (spill) at ./esc_closure_return.go:33:22
./esc_closure_return.go:33:22:     from ... argument (slice-literal-element) at ./esc_closure_return.go:33:13
./esc_closure_return.go:33:22:   flow: {heap} = {storage for ... argument}:
./esc_closure_return.go:33:22:     from ... argument (spill) at ./esc_closure_return.go:33:13
./esc_closure_return.go:33:22:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_return.go:33:13
./esc_closure_return.go:33:15: c() escapes to heap:
./esc_closure_return.go:33:15:   flow: {storage for ... argument} = &{storage for c()}:
./esc_closure_return.go:33:15:     from c() (spill) at ./esc_closure_return.go:33:15
./esc_closure_return.go:33:15:     from ... argument (slice-literal-element) at ./esc_closure_return.go:33:13
./esc_closure_return.go:33:15:   flow: {heap} = {storage for ... argument}:
./esc_closure_return.go:33:15:     from ... argument (spill) at ./esc_closure_return.go:33:13
./esc_closure_return.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_return.go:33:13
./esc_closure_return.go:30:2: moved to heap: total
./esc_closure_return.go:33:13: ... argument does not escape
./esc_closure_return.go:33:15: c() escapes to heap
./esc_closure_return.go:33:22: add(3) escapes to heap
./esc_closure_return.go:33:22: total escapes to heap

./esc_capture_byvalue.go:11:2: byValue capturing by value: k (addr=false assign=false width=8)
./esc_capture_byvalue.go:12:9: func literal escapes to heap:
./esc_capture_byvalue.go:12:9:   flow: ~r0 = &{storage for func literal}:
./esc_capture_byvalue.go:12:9:     from func literal (spill) at ./esc_capture_byvalue.go:12:9
./esc_capture_byvalue.go:12:9:     from return func literal (return) at ./esc_capture_byvalue.go:12:2
./esc_capture_byvalue.go:12:9: func literal escapes to heap
./esc_capture_byvalue.go:16:2: byRef capturing by ref: k (addr=false assign=true width=8)
./esc_capture_byvalue.go:17:9: func literal escapes to heap:
./esc_capture_byvalue.go:17:9:   flow: ~r0 = &{storage for func literal}:
./esc_capture_byvalue.go:17:9:     from func literal (spill) at ./esc_capture_byvalue.go:17:9
./esc_capture_byvalue.go:17:9:     from return func literal (return) at ./esc_capture_byvalue.go:17:2
./esc_capture_byvalue.go:16:2: k escapes to heap:
./esc_capture_byvalue.go:16:2:   flow: {storage for func literal} = &k:
./esc_capture_byvalue.go:16:2:     from k (captured by a closure) at ./esc_capture_byvalue.go:18:3
./esc_capture_byvalue.go:16:2:     from k (reference) at ./esc_capture_byvalue.go:18:3
./esc_capture_byvalue.go:16:2: moved to heap: k
./esc_capture_byvalue.go:17:9: func literal escapes to heap
./esc_capture_byvalue.go:24:2: addressed capturing by ref: k (addr=true assign=false width=8)
./esc_capture_byvalue.go:24:2: k escapes to heap:
./esc_capture_byvalue.go:24:2:   flow: p = &k:
./esc_capture_byvalue.go:24:2:     from &k (address-of) at ./esc_capture_byvalue.go:25:7
./esc_capture_byvalue.go:24:2:     from p := &k (assign) at ./esc_capture_byvalue.go:25:4
./esc_capture_byvalue.go:24:2:   flow: ~r1 = p:
./esc_capture_byvalue.go:24:2:     from return func literal, p (return) at ./esc_capture_byvalue.go:26:2
./esc_capture_byvalue.go:26:9: func literal escapes to heap:
./esc_capture_byvalue.go:26:9:   flow: ~r0 = &{storage for func literal}:
./esc_capture_byvalue.go:26:9:     from func literal (spill) at ./esc_capture_byvalue.go:26:9
./esc_capture_byvalue.go:26:9:     from return func literal, p (return) at ./esc_capture_byvalue.go:26:2
./esc_capture_byvalue.go:24:2: moved to heap: k
./esc_capture_byvalue.go:26:9: func literal escapes to heap
./esc_capture_byvalue.go:30:6: tooBig capturing by ref: b (addr=false assign=false width=320)
./esc_capture_byvalue.go:32:9: func literal escapes to heap:
./esc_capture_byvalue.go:32:9:   flow: ~r0 = &{storage for func literal}:
./esc_capture_byvalue.go:32:9:     from func literal (spill) at ./esc_capture_byvalue.go:32:9
./esc_capture_byvalue.go:32:9:     from return func literal (return) at ./esc_capture_byvalue.go:32:2
./esc_capture_byvalue.go:30:6: b escapes to heap:
./esc_capture_byvalue.go:30:6:   flow: {storage for func literal} = &b:
./esc_capture_byvalue.go:30:6:     from b (captured by a closure) at ./esc_capture_byvalue.go:32:29
./esc_capture_byvalue.go:30:6:     from b (reference) at ./esc_capture_byvalue.go:32:29
./esc_capture_byvalue.go:30:6: moved to heap: b
./esc_capture_byvalue.go:32:9: func literal escapes to heap
./esc_capture_byvalue.go:38:41: .autotmp_4() escapes to heap:
./esc_capture_byvalue.go:38:41:   flow: {storage for ... argument} = &{storage for .autotmp_4()}:
./esc_capture_byvalue.go:38:41:     from .autotmp_4() (spill) at ./esc_capture_byvalue.go:38:41
./esc_capture_byvalue.go:38:41:     from ... argument (slice-literal-element) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:41:   flow: {heap} = {storage for ... argument}:
./esc_capture_byvalue.go:38:41:     from ... argument (spill) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:41:     from fmt.Println(... argument...) (call parameter) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:29: *p escapes to heap:
./esc_capture_byvalue.go:38:29:   flow: {storage for ... argument} = &{storage for *p}:
./esc_capture_byvalue.go:38:29:     from *p (spill) at ./esc_capture_byvalue.go:38:29
./esc_capture_byvalue.go:38:29:     from ... argument (slice-literal-element) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:29:   flow: {heap} = {storage for ... argument}:
./esc_capture_byvalue.go:38:29:     from ... argument (spill) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:29:     from fmt.Println(... argument...) (call parameter) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:25: h() escapes to heap:
./esc_capture_byvalue.go:38:25:   flow: {storage for ... argument} = &{storage for h()}:
./esc_capture_byvalue.go:38:25:     from h() (spill) at ./esc_capture_byvalue.go:38:25
./esc_capture_byvalue.go:38:25:     from ... argument (slice-literal-element) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:25:   flow: {heap} = {storage for ... argument}:
./esc_capture_byvalue.go:38:25:     from ... argument (spill) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:25:     from fmt.Println(... argument...) (call parameter) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:20: g() escapes to heap:
./esc_capture_byvalue.go:38:20:   flow: {storage for ... argument} = &{storage for g()}:
./esc_capture_byvalue.go:38:20:     from g() (spill) at ./esc_capture_byvalue.go:38:20
./esc_capture_byvalue.go:38:20:     from ... argument (slice-literal-element) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:20:   flow: {heap} = {storage for ... argument}:
./esc_capture_byvalue.go:38:20:     from ... argument (spill) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:20:     from fmt.Println(... argument...) (call parameter) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:15: f() escapes to heap:
./esc_capture_byvalue.go:38:15:   flow: {storage for ... argument} = &{storage for f()}:
./esc_capture_byvalue.go:38:15:     from f() (spill) at ./esc_capture_byvalue.go:38:15
./esc_capture_byvalue.go:38:15:     from ... argument (slice-literal-element) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:15:   flow: {heap} = {storage for ... argument}:
./esc_capture_byvalue.go:38:15:     from ... argument (spill) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./esc_capture_byvalue.go:38:13
./esc_capture_byvalue.go:38:13: ... argument does not escape
./esc_capture_byvalue.go:38:15: f() escapes to heap
./esc_capture_byvalue.go:38:20: g() escapes to heap
./esc_capture_byvalue.go:38:25: h() escapes to heap
./esc_capture_byvalue.go:38:29: *p escapes to heap
./esc_capture_byvalue.go:38:41: .autotmp_4() escapes to heap

./esc_closure_defer.go:8:19: work capturing by ref: result (addr=false assign=true width=8)
./esc_closure_defer.go:9:8: func literal does not escape
./esc_closure_defer.go:16:12: trace capturing by value: name (addr=false assign=false width=16)
./esc_closure_defer.go:17:2: trace capturing by ref: depth (addr=false assign=true width=8)
./esc_closure_defer.go:19:31: depth escapes to heap:
./esc_closure_defer.go:19:31:   flow: {storage for ... argument} = &{storage for depth}:
./esc_closure_defer.go:19:31:     from depth (spill) at ./esc_closure_defer.go:19:31
./esc_closure_defer.go:19:31:     from ... argument (slice-literal-element) at ./esc_closure_defer.go:19:31
./esc_closure_defer.go:19:31:   flow: {heap} = {storage for ... argument}:
./esc_closure_defer.go:19:31:     from ... argument (spill) at ./esc_closure_defer.go:19:31
./esc_closure_defer.go:19:31:     from fmt.Sprint(... argument...) (call parameter) at ./esc_closure_defer.go:19:31
./esc_closure_defer.go:19:31: name escapes to heap:
./esc_closure_defer.go:19:31:   flow: {storage for ... argument} = &{storage for name}:
./esc_closure_defer.go:19:31:     from name (spill) at ./esc_closure_defer.go:19:31
./esc_closure_defer.go:19:31:     from ... argument (slice-literal-element) at ./esc_closure_defer.go:19:31
./esc_closure_defer.go:19:31:   flow: {heap} = {storage for ... argument}:
./esc_closure_defer.go:19:31:     from ... argument (spill) at ./esc_closure_defer.go:19:31
./esc_closure_defer.go:19:31:     from fmt.Sprint(... argument...) (call parameter) at ./esc_closure_defer.go:19:31
./esc_closure_defer.go:16:12: parameter name leaks to {storage for name} with derefs=0:
./esc_closure_defer.go:16:12:   flow: {storage for name} = name:
./esc_closure_defer.go:16:12:     from name (interface-converted) at ./esc_closure_defer.go:19:31
./esc_closure_defer.go:16:12: leaking param: name
./esc_closure_defer.go:18:8: func literal does not escape
./esc_closure_defer.go:19:31: ... argument does not escape
./esc_closure_defer.go:19:31: name escapes to heap
./esc_closure_defer.go:19:31: depth escapes to heap
./esc_closure_defer.go:26:26: log[0] escapes to heap:
./esc_closure_defer.go:26:26:   flow: {storage for ... argument} = &{storage for log[0]}:
./esc_closure_defer.go:26:26:     from log[0] (spill) at ./esc_closure_defer.go:26:26
./esc_closure_defer.go:26:26:     from ... argument (slice-literal-element) at ./esc_closure_defer.go:26:13
./esc_closure_defer.go:26:26:   flow: {heap} = {storage for ... argument}:
./esc_closure_defer.go:26:26:     from ... argument (spill) at ./esc_closure_defer.go:26:13
./esc_closure_defer.go:26:26:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_defer.go:26:13
./esc_closure_defer.go:26:18: work(4) escapes to heap:
./esc_closure_defer.go:26:18:   flow: {storage for ... argument} = &{storage for work(4)}:
./esc_closure_defer.go:26:18:     from work(4) (spill) at ./esc_closure_defer.go:26:18
./esc_closure_defer.go:26:18:     from ... argument (slice-literal-element) at ./esc_closure_defer.go:26:13
./esc_closure_defer.go:26:18:   flow: {heap} = {storage for ... argument}:
./esc_closure_defer.go:26:18:     from ... argument (spill) at ./esc_closure_defer.go:26:13
./esc_closure_defer.go:26:18:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_defer.go:26:13
./esc_closure_defer.go:26:13: ... argument does not escape
./esc_closure_defer.go:26:18: work(4) escapes to heap
./esc_closure_defer.go:26:26: log[0] escapes to heap

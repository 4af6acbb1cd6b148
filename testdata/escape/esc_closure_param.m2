./esc_closure_param.go:6:12: xs does not escape
./esc_closure_param.go:6:22: f does not escape
./esc_closure_param.go:12:18: f does not escape
./esc_closure_param.go:20:2: main capturing by value: k (addr=false assign=false width=8)
./esc_closure_param.go:24:2: main capturing by ref: sum (addr=false assign=true width=8)
./esc_closure_param.go:28:16: sum escapes to heap:
./esc_closure_param.go:28:16:   flow: {storage for ... argument} = &{storage for sum}:
./esc_closure_param.go:28:16:     from sum (spill) at ./esc_closure_param.go:28:16
./esc_closure_param.go:28:16:     from ... argument (slice-literal-element) at ./esc_closure_param.go:28:13
./esc_closure_param.go:28:16:   flow: {heap} = {storage for ... argument}:
./esc_closure_param.go:28:16:     from ... argument (spill) at ./esc_closure_param.go:28:13
./esc_closure_param.go:28:16:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_param.go:28:13
./esc_closure_param.go:28:16: xs[2] escapes to heap:
./esc_closure_param.go:28:16:   flow: {storage for ... argument} = &{storage for xs[2]}:
./esc_closure_param.go:28:16:     from xs[2] (spill) at ./esc_closure_param.go:28:16
./esc_closure_param.go:28:16:     from ... argument (slice-literal-element) at ./esc_closure_param.go:28:13
./esc_closure_param.go:28:16:   flow: {heap} = {storage for ... argument}:
./esc_closure_param.go:28:16:     from ... argument (spill) at ./esc_closure_param.go:28:13
./esc_closure_param.go:28:16:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_param.go:28:13
./esc_closure_param.go:19:13: []int{...} does not escape
./esc_closure_param.go:21:12: func literal does not escape
./esc_closure_param.go:25:10: func literal does not escape
./esc_closure_param.go:28:13: ... argument does not escape
./esc_closure_param.go:28:16: xs[2] escapes to heap
./esc_closure_param.go:28:16: sum escapes to heap

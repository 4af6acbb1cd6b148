./esc_closure_loop_slice.go:10:19: func literal escapes to heap:
./esc_closure_loop_slice.go:10:19:   flow: {heap} = &{storage for func literal}:
./esc_closure_loop_slice.go:10:19:     from func literal (spill) at ./esc_closure_loop_slice.go:10:19
./esc_closure_loop_slice.go:10:19:     from append(fs, func literal) (call parameter) at ./esc_closure_loop_slice.go:10:14
./esc_closure_loop_slice.go:9:3: makeFuncs capturing by value: v (addr=false assign=false width=8)
./esc_closure_loop_slice.go:10:19: func literal escapes to heap
./esc_closure_loop_slice.go:19:6: runLocal capturing by ref: i (addr=false assign=true width=8)
./esc_closure_loop_slice.go:18:2: runLocal capturing by ref: total (addr=false assign=true width=8)
./esc_closure_loop_slice.go:20:8: func literal does not escape
./esc_closure_loop_slice.go:30:31: runLocal(4) escapes to heap:
./esc_closure_loop_slice.go:30:31:   flow: {storage for ... argument} = &{storage for runLocal(4)}:
./esc_closure_loop_slice.go:30:31:     from runLocal(4) (spill) at ./esc_closure_loop_slice.go:30:31
./esc_closure_loop_slice.go:30:31:     from ... argument (slice-literal-element) at ./esc_closure_loop_slice.go:30:13
./esc_closure_loop_slice.go:30:31:   flow: {heap} = {storage for ... argument}:
./esc_closure_loop_slice.go:30:31:     from ... argument (spill) at ./esc_closure_loop_slice.go:30:13
./esc_closure_loop_slice.go:30:31:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_loop_slice.go:30:13
./esc_closure_loop_slice.go:30:19: fs[2]() escapes to heap:
./esc_closure_loop_slice.go:30:19:   flow: {storage for ... argument} = &{storage for fs[2]()}:
./esc_closure_loop_slice.go:30:19:     from fs[2]() (spill) at ./esc_closure_loop_slice.go:30:19
./esc_closure_loop_slice.go:30:19:     from ... argument (slice-literal-element) at ./esc_closure_loop_slice.go:30:13
./esc_closure_loop_slice.go:30:19:   flow: {heap} = {storage for ... argument}:
./esc_closure_loop_slice.go:30:19:     from ... argument (spill) at ./esc_closure_loop_slice.go:30:13
./esc_closure_loop_slice.go:30:19:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_loop_slice.go:30:13
./esc_closure_loop_slice.go:30:13: ... argument does not escape
./esc_closure_loop_slice.go:30:19: fs[2]() escapes to heap
./esc_closure_loop_slice.go:30:31: runLocal(4) escapes to heap

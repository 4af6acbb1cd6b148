./esc_closure_capture.go:11:2: count capturing by ref: n (addr=false assign=true width=8)
./esc_closure_capture.go:10:12: xs does not escape
./esc_closure_capture.go:12:9: func literal does not escape
./esc_closure_capture.go:24:2: readOnly capturing by value: base (addr=false assign=false width=8)
./esc_closure_capture.go:25:7: func literal does not escape
./esc_closure_capture.go:32:2: modifyStruct capturing by ref: a (addr=false assign=true width=8)
./esc_closure_capture.go:33:9: func literal does not escape
./esc_closure_capture.go:40:62: modifyStruct() escapes to heap:
./esc_closure_capture.go:40:62:   flow: {storage for ... argument} = &{storage for modifyStruct()}:
./esc_closure_capture.go:40:62:     from modifyStruct() (spill) at ./esc_closure_capture.go:40:62
./esc_closure_capture.go:40:62:     from ... argument (slice-literal-element) at ./esc_closure_capture.go:40:13
./esc_closure_capture.go:40:62:   flow: {heap} = {storage for ... argument}:
./esc_closure_capture.go:40:62:     from ... argument (spill) at ./esc_closure_capture.go:40:13
./esc_closure_capture.go:40:62:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_capture.go:40:13
./esc_closure_capture.go:40:46: readOnly() escapes to heap:
./esc_closure_capture.go:40:46:   flow: {storage for ... argument} = &{storage for readOnly()}:
./esc_closure_capture.go:40:46:     from readOnly() (spill) at ./esc_closure_capture.go:40:46
./esc_closure_capture.go:40:46:     from ... argument (slice-literal-element) at ./esc_closure_capture.go:40:13
./esc_closure_capture.go:40:46:   flow: {heap} = {storage for ... argument}:
./esc_closure_capture.go:40:46:     from ... argument (spill) at ./esc_closure_capture.go:40:13
./esc_closure_capture.go:40:46:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_capture.go:40:13
./esc_closure_capture.go:40:19: count([]int{...}) escapes to heap:
./esc_closure_capture.go:40:19:   flow: {storage for ... argument} = &{storage for count([]int{...})}:
./esc_closure_capture.go:40:19:     from count([]int{...}) (spill) at ./esc_closure_capture.go:40:19
./esc_closure_capture.go:40:19:     from ... argument (slice-literal-element) at ./esc_closure_capture.go:40:13
./esc_closure_capture.go:40:19:   flow: {heap} = {storage for ... argument}:
./esc_closure_capture.go:40:19:     from ... argument (spill) at ./esc_closure_capture.go:40:13
./esc_closure_capture.go:40:19:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_capture.go:40:13
./esc_closure_capture.go:40:13: ... argument does not escape
./esc_closure_capture.go:40:19: count([]int{...}) escapes to heap
./esc_closure_capture.go:40:25: []int{...} does not escape
./esc_closure_capture.go:40:46: readOnly() escapes to heap
./esc_closure_capture.go:40:62: modifyStruct() escapes to heap

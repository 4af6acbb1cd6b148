./esc_defer_ptr_arg.go:11:15: r does not escape
./esc_defer_ptr_arg.go:16:21: *p escapes to heap:
./esc_defer_ptr_arg.go:16:21:   flow: {storage for ... argument} = &{storage for *p}:
./esc_defer_ptr_arg.go:16:21:     from *p (spill) at ./esc_defer_ptr_arg.go:16:21
./esc_defer_ptr_arg.go:16:21:     from ... argument (slice-literal-element) at ./esc_defer_ptr_arg.go:16:13
./esc_defer_ptr_arg.go:16:21:   flow: {heap} = {storage for ... argument}:
./esc_defer_ptr_arg.go:16:21:     from ... argument (spill) at ./esc_defer_ptr_arg.go:16:13
./esc_defer_ptr_arg.go:16:21:     from fmt.Println(... argument...) (call parameter) at ./esc_defer_ptr_arg.go:16:13
./esc_defer_ptr_arg.go:16:13: label escapes to heap:
./esc_defer_ptr_arg.go:16:13:   flow: {storage for ... argument} = &{storage for label}:
./esc_defer_ptr_arg.go:16:13:     from label (spill) at ./esc_defer_ptr_arg.go:16:13
./esc_defer_ptr_arg.go:16:13:     from ... argument (slice-literal-element) at ./esc_defer_ptr_arg.go:16:13
./esc_defer_ptr_arg.go:16:13:   flow: {heap} = {storage for ... argument}:
./esc_defer_ptr_arg.go:16:13:     from ... argument (spill) at ./esc_defer_ptr_arg.go:16:13
./esc_defer_ptr_arg.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./esc_defer_ptr_arg.go:16:13
./esc_defer_ptr_arg.go:15:21: parameter label leaks to {storage for label} with derefs=0:
./esc_defer_ptr_arg.go:15:21:   flow: {storage for label} = label:
./esc_defer_ptr_arg.go:15:21:     from label (interface-converted) at ./esc_defer_ptr_arg.go:16:13
./esc_defer_ptr_arg.go:15:13: p does not escape
./esc_defer_ptr_arg.go:15:21: leaking param: label
./esc_defer_ptr_arg.go:16:13: ... argument does not escape
./esc_defer_ptr_arg.go:16:13: label escapes to heap
./esc_defer_ptr_arg.go:16:21: *p escapes to heap
./esc_defer_ptr_arg.go:21:17: use capturing by value: .autotmp_3 (addr=false assign=false width=8)
./esc_defer_ptr_arg.go:23:15: use capturing by value: .autotmp_4 (addr=false assign=false width=8)
./esc_defer_ptr_arg.go:29:17: use() escapes to heap:
./esc_defer_ptr_arg.go:29:17:   flow: {storage for ... argument} = &{storage for use()}:
./esc_defer_ptr_arg.go:29:17:     from use() (spill) at ./esc_defer_ptr_arg.go:29:17
./esc_defer_ptr_arg.go:29:17:     from ... argument (slice-literal-element) at ./esc_defer_ptr_arg.go:29:13
./esc_defer_ptr_arg.go:29:17:   flow: {heap} = {storage for ... argument}:
./esc_defer_ptr_arg.go:29:17:     from ... argument (spill) at ./esc_defer_ptr_arg.go:29:13
./esc_defer_ptr_arg.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./esc_defer_ptr_arg.go:29:13
./esc_defer_ptr_arg.go:29:13: ... argument does not escape
./esc_defer_ptr_arg.go:29:17: use() escapes to heap

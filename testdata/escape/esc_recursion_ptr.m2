./esc_recursion_ptr.go:11:14: t does not escape
./esc_recursion_ptr.go:18:23: acc does not escape
./esc_recursion_ptr.go:32:21: total escapes to heap:
./esc_recursion_ptr.go:32:21:   flow: {storage for ... argument} = &{storage for total}:
./esc_recursion_ptr.go:32:21:     from total (spill) at ./esc_recursion_ptr.go:32:21
./esc_recursion_ptr.go:32:21:     from ... argument (slice-literal-element) at ./esc_recursion_ptr.go:32:13
./esc_recursion_ptr.go:32:21:   flow: {heap} = {storage for ... argument}:
./esc_recursion_ptr.go:32:21:     from ... argument (spill) at ./esc_recursion_ptr.go:32:13
./esc_recursion_ptr.go:32:21:     from fmt.Println(... argument...) (call parameter) at ./esc_recursion_ptr.go:32:13
./esc_recursion_ptr.go:32:21: sumTree(&root) escapes to heap:
./esc_recursion_ptr.go:32:21:   flow: {storage for ... argument} = &{storage for sumTree(&root)}:
./esc_recursion_ptr.go:32:21:     from sumTree(&root) (spill) at ./esc_recursion_ptr.go:32:21
./esc_recursion_ptr.go:32:21:     from ... argument (slice-literal-element) at ./esc_recursion_ptr.go:32:13
./esc_recursion_ptr.go:32:21:   flow: {heap} = {storage for ... argument}:
./esc_recursion_ptr.go:32:21:     from ... argument (spill) at ./esc_recursion_ptr.go:32:13
./esc_recursion_ptr.go:32:21:     from fmt.Println(... argument...) (call parameter) at ./esc_recursion_ptr.go:32:13
./esc_recursion_ptr.go:32:13: ... argument does not escape
./esc_recursion_ptr.go:32:21: sumTree(&root) escapes to heap
./esc_recursion_ptr.go:32:21: total escapes to heap

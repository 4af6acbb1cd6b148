./esc_recursion_leak.go:13:11: parameter n leaks to ~r0 with derefs=0:
./esc_recursion_leak.go:13:11:   flow: ~r0 = n:
./esc_recursion_leak.go:13:11:     from return n (return) at ./esc_recursion_leak.go:15:3
./esc_recursion_leak.go:13:11: leaking param: n to result ~r0 level=0
./esc_recursion_leak.go:20:11: parameter n leaks to {heap} with derefs=0:
./esc_recursion_leak.go:20:11:   flow: {heap} = n:
./esc_recursion_leak.go:20:11:     from deepest = n (assign) at ./esc_recursion_leak.go:25:11
./esc_recursion_leak.go:20:11: leaking param: n
./esc_recursion_leak.go:33:2: a escapes to heap:
./esc_recursion_leak.go:33:2:   flow: {heap} = &a:
./esc_recursion_leak.go:33:2:     from &a (address-of) at ./esc_recursion_leak.go:34:7
./esc_recursion_leak.go:33:2:     from walk(&a, 0) (call parameter) at ./esc_recursion_leak.go:34:6
./esc_recursion_leak.go:35:35: deepest.val escapes to heap:
./esc_recursion_leak.go:35:35:   flow: {storage for ... argument} = &{storage for deepest.val}:
./esc_recursion_leak.go:35:35:     from deepest.val (spill) at ./esc_recursion_leak.go:35:35
./esc_recursion_leak.go:35:35:     from ... argument (slice-literal-element) at ./esc_recursion_leak.go:35:13
./esc_recursion_leak.go:35:35:   flow: {heap} = {storage for ... argument}:
./esc_recursion_leak.go:35:35:     from ... argument (spill) at ./esc_recursion_leak.go:35:13
./esc_recursion_leak.go:35:35:     from fmt.Println(... argument...) (call parameter) at ./esc_recursion_leak.go:35:13
./esc_recursion_leak.go:35:22: last(&a).val escapes to heap:
./esc_recursion_leak.go:35:22:   flow: {storage for ... argument} = &{storage for last(&a).val}:
./esc_recursion_leak.go:35:22:     from last(&a).val (spill) at ./esc_recursion_leak.go:35:22
./esc_recursion_leak.go:35:22:     from ... argument (slice-literal-element) at ./esc_recursion_leak.go:35:13
./esc_recursion_leak.go:35:22:   flow: {heap} = {storage for ... argument}:
./esc_recursion_leak.go:35:22:     from ... argument (spill) at ./esc_recursion_leak.go:35:13
./esc_recursion_leak.go:35:22:     from fmt.Println(... argument...) (call parameter) at ./esc_recursion_leak.go:35:13
./esc_recursion_leak.go:32:2: b escapes to heap:
./esc_recursion_leak.go:32:2:   flow: a = &b:
./esc_recursion_leak.go:32:2:     from &b (address-of) at ./esc_recursion_leak.go:33:26
./esc_recursion_leak.go:32:2:     from node{...} (struct literal element) at ./esc_recursion_leak.go:33:11
./esc_recursion_leak.go:32:2:     from a := node{...} (assign) at ./esc_recursion_leak.go:33:4
./esc_recursion_leak.go:31:2: c escapes to heap:
./esc_recursion_leak.go:31:2:   flow: b = &c:
./esc_recursion_leak.go:31:2:     from &c (address-of) at ./esc_recursion_leak.go:32:26
./esc_recursion_leak.go:31:2:     from node{...} (struct literal element) at ./esc_recursion_leak.go:32:11
./esc_recursion_leak.go:31:2:     from b := node{...} (assign) at ./esc_recursion_leak.go:32:4
./esc_recursion_leak.go:31:2: moved to heap: c
./esc_recursion_leak.go:32:2: moved to heap: b
./esc_recursion_leak.go:33:2: moved to heap: a
./esc_recursion_leak.go:35:13: ... argument does not escape
./esc_recursion_leak.go:35:22: last(&a).val escapes to heap
./esc_recursion_leak.go:35:35: deepest.val escapes to heap

./esc_recursion_mutual.go:11:18: s does not escape
./esc_recursion_mutual.go:19:17: s does not escape
./esc_recursion_mutual.go:27:18: parameter p leaks to ~r0 with derefs=0:
./esc_recursion_mutual.go:27:18:   flow: ~r0 = p:
./esc_recursion_mutual.go:27:18:     from return p (return) at ./esc_recursion_mutual.go:29:3
./esc_recursion_mutual.go:27:18:   flow: ~r0 = ~r0:
./esc_recursion_mutual.go:27:18:     from return ping(n, p) (return) at ./esc_recursion_mutual.go:35:2
./esc_recursion_mutual.go:34:18: parameter p leaks to ~r0 with derefs=0:
./esc_recursion_mutual.go:34:18:   flow: p = p:
./esc_recursion_mutual.go:34:18:     from ping(n, p) (call parameter) at ./esc_recursion_mutual.go:35:13
./esc_recursion_mutual.go:34:18:   flow: ~r0 = p:
./esc_recursion_mutual.go:34:18:     from return p (return) at ./esc_recursion_mutual.go:29:3
./esc_recursion_mutual.go:34:18:   flow: ~r0 = ~r0:
./esc_recursion_mutual.go:34:18:     from return ping(n, p) (return) at ./esc_recursion_mutual.go:35:2
./esc_recursion_mutual.go:27:18: parameter p leaks to ~r0 with derefs=0:
./esc_recursion_mutual.go:27:18:   flow: ~r0 = p:
./esc_recursion_mutual.go:27:18:     from return p (return) at ./esc_recursion_mutual.go:29:3
./esc_recursion_mutual.go:34:18: parameter p leaks to ~r0 with derefs=0:
./esc_recursion_mutual.go:34:18:   flow: p = p:
./esc_recursion_mutual.go:34:18:     from ping(n, p) (call parameter) at ./esc_recursion_mutual.go:35:13
./esc_recursion_mutual.go:34:18:   flow: ~r0 = p:
./esc_recursion_mutual.go:34:18:     from return p (return) at ./esc_recursion_mutual.go:29:3
./esc_recursion_mutual.go:27:18: leaking param: p
./esc_recursion_mutual.go:34:18: leaking param: p
./esc_recursion_mutual.go:41:2: x escapes to heap:
./esc_recursion_mutual.go:41:2:   flow: {heap} = &x:
./esc_recursion_mutual.go:41:2:     from &x (address-of) at ./esc_recursion_mutual.go:42:15
./esc_recursion_mutual.go:41:2:     from ping(3, &x) (call parameter) at ./esc_recursion_mutual.go:42:11
./esc_recursion_mutual.go:43:26: *p escapes to heap:
./esc_recursion_mutual.go:43:26:   flow: {storage for ... argument} = &{storage for *p}:
./esc_recursion_mutual.go:43:26:     from *p (spill) at ./esc_recursion_mutual.go:43:26
./esc_recursion_mutual.go:43:26:     from ... argument (slice-literal-element) at ./esc_recursion_mutual.go:43:13
./esc_recursion_mutual.go:43:26:   flow: {heap} = {storage for ... argument}:
./esc_recursion_mutual.go:43:26:     from ... argument (spill) at ./esc_recursion_mutual.go:43:13
./esc_recursion_mutual.go:43:26:     from fmt.Println(... argument...) (call parameter) at ./esc_recursion_mutual.go:43:13
./esc_recursion_mutual.go:43:18: s.steps escapes to heap:
./esc_recursion_mutual.go:43:18:   flow: {storage for ... argument} = &{storage for s.steps}:
./esc_recursion_mutual.go:43:18:     from s.steps (spill) at ./esc_recursion_mutual.go:43:18
./esc_recursion_mutual.go:43:18:     from ... argument (slice-literal-element) at ./esc_recursion_mutual.go:43:13
./esc_recursion_mutual.go:43:18:   flow: {heap} = {storage for ... argument}:
./esc_recursion_mutual.go:43:18:     from ... argument (spill) at ./esc_recursion_mutual.go:43:13
./esc_recursion_mutual.go:43:18:     from fmt.Println(... argument...) (call parameter) at ./esc_recursion_mutual.go:43:13
./esc_recursion_mutual.go:43:13: e escapes to heap:
./esc_recursion_mutual.go:43:13:   flow: {storage for ... argument} = &{storage for e}:
./esc_recursion_mutual.go:43:13:     from e (spill) at ./esc_recursion_mutual.go:43:13
./esc_recursion_mutual.go:43:13:     from ... argument (slice-literal-element) at ./esc_recursion_mutual.go:43:13
./esc_recursion_mutual.go:43:13:   flow: {heap} = {storage for ... argument}:
./esc_recursion_mutual.go:43:13:     from ... argument (spill) at ./esc_recursion_mutual.go:43:13
./esc_recursion_mutual.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./esc_recursion_mutual.go:43:13
./esc_recursion_mutual.go:41:2: moved to heap: x
./esc_recursion_mutual.go:43:13: ... argument does not escape
./esc_recursion_mutual.go:43:13: e escapes to heap
./esc_recursion_mutual.go:43:18: s.steps escapes to heap
./esc_recursion_mutual.go:43:26: *p escapes to heap

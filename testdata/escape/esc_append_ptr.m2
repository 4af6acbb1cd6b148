./esc_append_ptr.go:13:3: c escapes to heap:
./esc_append_ptr.go:13:3:   flow: {heap} = &c:
./esc_append_ptr.go:13:3:     from &c (address-of) at ./esc_append_ptr.go:14:21
./esc_append_ptr.go:13:3:     from append(out, &c) (call parameter) at ./esc_append_ptr.go:14:15
./esc_append_ptr.go:13:3: moved to heap: c
./esc_append_ptr.go:20:2: a escapes to heap:
./esc_append_ptr.go:20:2:   flow: {heap} = &a:
./esc_append_ptr.go:20:2:     from &a (address-of) at ./esc_append_ptr.go:22:18
./esc_append_ptr.go:20:2:     from append(ps, &a, &b) (call parameter) at ./esc_append_ptr.go:22:13
./esc_append_ptr.go:20:5: b escapes to heap:
./esc_append_ptr.go:20:5:   flow: {heap} = &b:
./esc_append_ptr.go:20:5:     from &b (address-of) at ./esc_append_ptr.go:22:22
./esc_append_ptr.go:20:5:     from append(ps, &a, &b) (call parameter) at ./esc_append_ptr.go:22:13
./esc_append_ptr.go:20:2: moved to heap: a
./esc_append_ptr.go:20:5: moved to heap: b
./esc_append_ptr.go:21:14: []*int{} does not escape
./esc_append_ptr.go:28:32: localOnly() escapes to heap:
./esc_append_ptr.go:28:32:   flow: {storage for ... argument} = &{storage for localOnly()}:
./esc_append_ptr.go:28:32:     from localOnly() (spill) at ./esc_append_ptr.go:28:32
./esc_append_ptr.go:28:32:     from ... argument (slice-literal-element) at ./esc_append_ptr.go:28:13
./esc_append_ptr.go:28:32:   flow: {heap} = {storage for ... argument}:
./esc_append_ptr.go:28:32:     from ... argument (spill) at ./esc_append_ptr.go:28:13
./esc_append_ptr.go:28:32:     from fmt.Println(... argument...) (call parameter) at ./esc_append_ptr.go:28:13
./esc_append_ptr.go:28:19: cs[2].v escapes to heap:
./esc_append_ptr.go:28:19:   flow: {storage for ... argument} = &{storage for cs[2].v}:
./esc_append_ptr.go:28:19:     from cs[2].v (spill) at ./esc_append_ptr.go:28:19
./esc_append_ptr.go:28:19:     from ... argument (slice-literal-element) at ./esc_append_ptr.go:28:13
./esc_append_ptr.go:28:19:   flow: {heap} = {storage for ... argument}:
./esc_append_ptr.go:28:19:     from ... argument (spill) at ./esc_append_ptr.go:28:13
./esc_append_ptr.go:28:19:     from fmt.Println(... argument...) (call parameter) at ./esc_append_ptr.go:28:13
./esc_append_ptr.go:28:13: ... argument does not escape
./esc_append_ptr.go:28:19: cs[2].v escapes to heap
./esc_append_ptr.go:28:32: localOnly() escapes to heap

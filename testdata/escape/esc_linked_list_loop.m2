./esc_linked_list_loop.go:14:10: &node{...} escapes to heap:
./esc_linked_list_loop.go:14:10:   flow: head = &{storage for &node{...}}:
./esc_linked_list_loop.go:14:10:     from &node{...} (spill) at ./esc_linked_list_loop.go:14:10
./esc_linked_list_loop.go:14:10:     from head = &node{...} (assign) at ./esc_linked_list_loop.go:14:8
./esc_linked_list_loop.go:14:10: &node{...} escapes to heap
./esc_linked_list_loop.go:22:3: nd escapes to heap:
./esc_linked_list_loop.go:22:3:   flow: head = &nd:
./esc_linked_list_loop.go:22:3:     from &nd (address-of) at ./esc_linked_list_loop.go:23:10
./esc_linked_list_loop.go:22:3:     from head = &nd (assign) at ./esc_linked_list_loop.go:23:8
./esc_linked_list_loop.go:22:3:   flow: p = head:
./esc_linked_list_loop.go:22:3:     from p := head (assign) at ./esc_linked_list_loop.go:26:8
./esc_linked_list_loop.go:22:3: moved to heap: nd
./esc_linked_list_loop.go:32:13: l does not escape
./esc_linked_list_loop.go:41:42: buildLocal(4) escapes to heap:
./esc_linked_list_loop.go:41:42:   flow: {storage for ... argument} = &{storage for buildLocal(4)}:
./esc_linked_list_loop.go:41:42:     from buildLocal(4) (spill) at ./esc_linked_list_loop.go:41:42
./esc_linked_list_loop.go:41:42:     from ... argument (slice-literal-element) at ./esc_linked_list_loop.go:41:13
./esc_linked_list_loop.go:41:42:   flow: {heap} = {storage for ... argument}:
./esc_linked_list_loop.go:41:42:     from ... argument (spill) at ./esc_linked_list_loop.go:41:13
./esc_linked_list_loop.go:41:42:     from fmt.Println(... argument...) (call parameter) at ./esc_linked_list_loop.go:41:13
./esc_linked_list_loop.go:41:20: length(build(4)) escapes to heap:
./esc_linked_list_loop.go:41:20:   flow: {storage for ... argument} = &{storage for length(build(4))}:
./esc_linked_list_loop.go:41:20:     from length(build(4)) (spill) at ./esc_linked_list_loop.go:41:20
./esc_linked_list_loop.go:41:20:     from ... argument (slice-literal-element) at ./esc_linked_list_loop.go:41:13
./esc_linked_list_loop.go:41:20:   flow: {heap} = {storage for ... argument}:
./esc_linked_list_loop.go:41:20:     from ... argument (spill) at ./esc_linked_list_loop.go:41:13
./esc_linked_list_loop.go:41:20:     from fmt.Println(... argument...) (call parameter) at ./esc_linked_list_loop.go:41:13
./esc_linked_list_loop.go:41:13: ... argument does not escape
./esc_linked_list_loop.go:41:20: length(build(4)) escapes to heap
./esc_linked_list_loop.go:41:42: buildLocal(4) escapes to heap

./esc_field_store.go:12:16: parameter b leaks to {heap} with derefs=0:
./esc_field_store.go:12:16:   flow: {heap} = b:
./esc_field_store.go:12:16:     from a.next = b (assign) at ./esc_field_store.go:13:9
./esc_field_store.go:12:13: a does not escape
./esc_field_store.go:12:16: leaking param: b
./esc_field_store.go:16:23: parameter p leaks to {heap} with derefs=0:
./esc_field_store.go:16:23:   flow: {heap} = p:
./esc_field_store.go:16:23:     from l.data = p (assign) at ./esc_field_store.go:17:9
./esc_field_store.go:16:14: l does not escape
./esc_field_store.go:16:23: leaking param: p
./esc_field_store.go:22:2: y escapes to heap:
./esc_field_store.go:22:2:   flow: {heap} = &y:
./esc_field_store.go:22:2:     from &y (address-of) at ./esc_field_store.go:23:13
./esc_field_store.go:22:2:     from attach(&x, &y) (call parameter) at ./esc_field_store.go:23:8
./esc_field_store.go:22:2: moved to heap: y
./esc_field_store.go:28:2: n escapes to heap:
./esc_field_store.go:28:2:   flow: {heap} = &n:
./esc_field_store.go:28:2:     from &n (address-of) at ./esc_field_store.go:30:13
./esc_field_store.go:28:2:     from setData(l, &n) (call parameter) at ./esc_field_store.go:30:9
./esc_field_store.go:31:23: *l.data escapes to heap:
./esc_field_store.go:31:23:   flow: {storage for ... argument} = &{storage for *l.data}:
./esc_field_store.go:31:23:     from *l.data (spill) at ./esc_field_store.go:31:23
./esc_field_store.go:31:23:     from ... argument (slice-literal-element) at ./esc_field_store.go:31:13
./esc_field_store.go:31:23:   flow: {heap} = {storage for ... argument}:
./esc_field_store.go:31:23:     from ... argument (spill) at ./esc_field_store.go:31:13
./esc_field_store.go:31:23:     from fmt.Println(... argument...) (call parameter) at ./esc_field_store.go:31:13
./esc_field_store.go:31:19: chain() escapes to heap:
./esc_field_store.go:31:19:   flow: {storage for ... argument} = &{storage for chain()}:
./esc_field_store.go:31:19:     from chain() (spill) at ./esc_field_store.go:31:19
./esc_field_store.go:31:19:     from ... argument (slice-literal-element) at ./esc_field_store.go:31:13
./esc_field_store.go:31:19:   flow: {heap} = {storage for ... argument}:
./esc_field_store.go:31:19:     from ... argument (spill) at ./esc_field_store.go:31:13
./esc_field_store.go:31:19:     from fmt.Println(... argument...) (call parameter) at ./esc_field_store.go:31:13
./esc_field_store.go:28:2: moved to heap: n
./esc_field_store.go:29:7: &link{} does not escape
./esc_field_store.go:31:13: ... argument does not escape
./esc_field_store.go:31:19: chain() escapes to heap
./esc_field_store.go:31:23: *l.data escapes to heap

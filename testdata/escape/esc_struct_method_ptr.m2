./esc_struct_method_ptr.go:11:7: parameter c leaks to {heap} with derefs=1:
./esc_struct_method_ptr.go:11:7:   flow: {heap} = *c:
./esc_struct_method_ptr.go:11:7:     from c.seen (dot of pointer) at ./esc_struct_method_ptr.go:13:19
./esc_struct_method_ptr.go:11:7:     from append(c.seen, v) (call parameter) at ./esc_struct_method_ptr.go:13:17
./esc_struct_method_ptr.go:11:7:     from c.seen = append(c.seen, v) (assign) at ./esc_struct_method_ptr.go:13:9
./esc_struct_method_ptr.go:11:7: leaking param content: c
./esc_struct_method_ptr.go:16:7: c does not escape
./esc_struct_method_ptr.go:20:7: parameter c leaks to {heap} with derefs=0:
./esc_struct_method_ptr.go:20:7:   flow: {heap} = c:
./esc_struct_method_ptr.go:20:7:     from last = c (assign) at ./esc_struct_method_ptr.go:20:33
./esc_struct_method_ptr.go:20:7: leaking param: c
./esc_struct_method_ptr.go:30:6: c escapes to heap:
./esc_struct_method_ptr.go:30:6:   flow: {heap} = &c:
./esc_struct_method_ptr.go:30:6:     from c (address-of) at ./esc_struct_method_ptr.go:32:3
./esc_struct_method_ptr.go:30:6:     from (*counter).keep(c) (call parameter) at ./esc_struct_method_ptr.go:32:8
./esc_struct_method_ptr.go:30:6: moved to heap: c
./esc_struct_method_ptr.go:37:34: len(last.seen) escapes to heap:
./esc_struct_method_ptr.go:37:34:   flow: {storage for ... argument} = &{storage for len(last.seen)}:
./esc_struct_method_ptr.go:37:34:     from len(last.seen) (spill) at ./esc_struct_method_ptr.go:37:34
./esc_struct_method_ptr.go:37:34:     from ... argument (slice-literal-element) at ./esc_struct_method_ptr.go:37:13
./esc_struct_method_ptr.go:37:34:   flow: {heap} = {storage for ... argument}:
./esc_struct_method_ptr.go:37:34:     from ... argument (spill) at ./esc_struct_method_ptr.go:37:13
./esc_struct_method_ptr.go:37:34:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_method_ptr.go:37:13
./esc_struct_method_ptr.go:37:27: kept() escapes to heap:
./esc_struct_method_ptr.go:37:27:   flow: {storage for ... argument} = &{storage for kept()}:
./esc_struct_method_ptr.go:37:27:     from kept() (spill) at ./esc_struct_method_ptr.go:37:27
./esc_struct_method_ptr.go:37:27:     from ... argument (slice-literal-element) at ./esc_struct_method_ptr.go:37:13
./esc_struct_method_ptr.go:37:27:   flow: {heap} = {storage for ... argument}:
./esc_struct_method_ptr.go:37:27:     from ... argument (spill) at ./esc_struct_method_ptr.go:37:13
./esc_struct_method_ptr.go:37:27:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_method_ptr.go:37:13
./esc_struct_method_ptr.go:37:19: local() escapes to heap:
./esc_struct_method_ptr.go:37:19:   flow: {storage for ... argument} = &{storage for local()}:
./esc_struct_method_ptr.go:37:19:     from local() (spill) at ./esc_struct_method_ptr.go:37:19
./esc_struct_method_ptr.go:37:19:     from ... argument (slice-literal-element) at ./esc_struct_method_ptr.go:37:13
./esc_struct_method_ptr.go:37:19:   flow: {heap} = {storage for ... argument}:
./esc_struct_method_ptr.go:37:19:     from ... argument (spill) at ./esc_struct_method_ptr.go:37:13
./esc_struct_method_ptr.go:37:19:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_method_ptr.go:37:13
./esc_struct_method_ptr.go:37:13: ... argument does not escape
./esc_struct_method_ptr.go:37:19: local() escapes to heap
./esc_struct_method_ptr.go:37:27: kept() escapes to heap
./esc_struct_method_ptr.go:37:34: len(last.seen) escapes to heap

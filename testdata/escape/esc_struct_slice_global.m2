./esc_struct_slice_global.go:14:14: parameter t leaks to {heap} with derefs=0:
./esc_struct_slice_global.go:14:14:   flow: {heap} = t:
./esc_struct_slice_global.go:14:14:     from current = t (assign) at ./esc_struct_slice_global.go:15:10
./esc_struct_slice_global.go:14:14: leaking param: t
./esc_struct_slice_global.go:22:32: []int{...} escapes to heap:
./esc_struct_slice_global.go:22:32:   flow: {heap} = &{storage for []int{...}}:
./esc_struct_slice_global.go:22:32:     from []int{...} (spill) at ./esc_struct_slice_global.go:22:32
./esc_struct_slice_global.go:22:32:     from append(t.rows, []int{...}) (call parameter) at ./esc_struct_slice_global.go:22:18
./esc_struct_slice_global.go:20:2: t escapes to heap:
./esc_struct_slice_global.go:20:2:   flow: {heap} = &t:
./esc_struct_slice_global.go:20:2:     from &t (address-of) at ./esc_struct_slice_global.go:24:10
./esc_struct_slice_global.go:20:2:     from install(&t) (call parameter) at ./esc_struct_slice_global.go:24:9
./esc_struct_slice_global.go:20:2: moved to heap: t
./esc_struct_slice_global.go:22:32: []int{...} escapes to heap
./esc_struct_slice_global.go:30:57: all[0].rows[2][1] escapes to heap:
./esc_struct_slice_global.go:30:57:   flow: {storage for ... argument} = &{storage for all[0].rows[2][1]}:
./esc_struct_slice_global.go:30:57:     from all[0].rows[2][1] (spill) at ./esc_struct_slice_global.go:30:57
./esc_struct_slice_global.go:30:57:     from ... argument (slice-literal-element) at ./esc_struct_slice_global.go:30:13
./esc_struct_slice_global.go:30:57:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_global.go:30:57:     from ... argument (spill) at ./esc_struct_slice_global.go:30:13
./esc_struct_slice_global.go:30:57:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_global.go:30:13
./esc_struct_slice_global.go:30:36: len(all) escapes to heap:
./esc_struct_slice_global.go:30:36:   flow: {storage for ... argument} = &{storage for len(all)}:
./esc_struct_slice_global.go:30:36:     from len(all) (spill) at ./esc_struct_slice_global.go:30:36
./esc_struct_slice_global.go:30:36:     from ... argument (slice-literal-element) at ./esc_struct_slice_global.go:30:13
./esc_struct_slice_global.go:30:36:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_global.go:30:36:     from ... argument (spill) at ./esc_struct_slice_global.go:30:13
./esc_struct_slice_global.go:30:36:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_global.go:30:13
./esc_struct_slice_global.go:30:17: len(current.rows) escapes to heap:
./esc_struct_slice_global.go:30:17:   flow: {storage for ... argument} = &{storage for len(current.rows)}:
./esc_struct_slice_global.go:30:17:     from len(current.rows) (spill) at ./esc_struct_slice_global.go:30:17
./esc_struct_slice_global.go:30:17:     from ... argument (slice-literal-element) at ./esc_struct_slice_global.go:30:13
./esc_struct_slice_global.go:30:17:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_global.go:30:17:     from ... argument (spill) at ./esc_struct_slice_global.go:30:13
./esc_struct_slice_global.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_global.go:30:13
./esc_struct_slice_global.go:30:13: ... argument does not escape
./esc_struct_slice_global.go:30:17: len(current.rows) escapes to heap
./esc_struct_slice_global.go:30:36: len(all) escapes to heap
./esc_struct_slice_global.go:30:57: all[0].rows[2][1] escapes to heap

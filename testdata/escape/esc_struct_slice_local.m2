./esc_struct_slice_local.go:12:22: make([]int, 0, 8) does not escape
./esc_struct_slice_local.go:23:15: b does not escape
./esc_struct_slice_local.go:28:23: []int{...} does not escape
./esc_struct_slice_local.go:33:30: useBag() escapes to heap:
./esc_struct_slice_local.go:33:30:   flow: {storage for ... argument} = &{storage for useBag()}:
./esc_struct_slice_local.go:33:30:     from useBag() (spill) at ./esc_struct_slice_local.go:33:30
./esc_struct_slice_local.go:33:30:     from ... argument (slice-literal-element) at ./esc_struct_slice_local.go:33:13
./esc_struct_slice_local.go:33:30:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_local.go:33:30:     from ... argument (spill) at ./esc_struct_slice_local.go:33:13
./esc_struct_slice_local.go:33:30:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_local.go:33:13
./esc_struct_slice_local.go:33:20: sumBag() escapes to heap:
./esc_struct_slice_local.go:33:20:   flow: {storage for ... argument} = &{storage for sumBag()}:
./esc_struct_slice_local.go:33:20:     from sumBag() (spill) at ./esc_struct_slice_local.go:33:20
./esc_struct_slice_local.go:33:20:     from ... argument (slice-literal-element) at ./esc_struct_slice_local.go:33:13
./esc_struct_slice_local.go:33:20:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_local.go:33:20:     from ... argument (spill) at ./esc_struct_slice_local.go:33:13
./esc_struct_slice_local.go:33:20:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_local.go:33:13
./esc_struct_slice_local.go:33:13: ... argument does not escape
./esc_struct_slice_local.go:33:20: sumBag() escapes to heap
./esc_struct_slice_local.go:33:30: useBag() escapes to heap

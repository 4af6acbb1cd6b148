./esc_struct_slice_ptr_return.go:12:23: make([]int, n) escapes to heap:
./esc_struct_slice_ptr_return.go:12:23:   flow: {heap} = &{storage for make([]int, n)}:
./esc_struct_slice_ptr_return.go:12:23:     from make([]int, n) (non-constant size) at ./esc_struct_slice_ptr_return.go:12:23
./esc_struct_slice_ptr_return.go:12:2: s escapes to heap:
./esc_struct_slice_ptr_return.go:12:2:   flow: ~r0 = &s:
./esc_struct_slice_ptr_return.go:12:2:     from &s (address-of) at ./esc_struct_slice_ptr_return.go:13:9
./esc_struct_slice_ptr_return.go:12:2:     from return &s (return) at ./esc_struct_slice_ptr_return.go:13:2
./esc_struct_slice_ptr_return.go:12:2: moved to heap: s
./esc_struct_slice_ptr_return.go:12:23: make([]int, n) escapes to heap
./esc_struct_slice_ptr_return.go:17:9: &stack{...} escapes to heap:
./esc_struct_slice_ptr_return.go:17:9:   flow: ~r0 = &{storage for &stack{...}}:
./esc_struct_slice_ptr_return.go:17:9:     from &stack{...} (spill) at ./esc_struct_slice_ptr_return.go:17:9
./esc_struct_slice_ptr_return.go:17:9:     from return &stack{...} (return) at ./esc_struct_slice_ptr_return.go:17:2
./esc_struct_slice_ptr_return.go:17:27: []int{...} escapes to heap:
./esc_struct_slice_ptr_return.go:17:27:   flow: {storage for &stack{...}} = &{storage for []int{...}}:
./esc_struct_slice_ptr_return.go:17:27:     from []int{...} (spill) at ./esc_struct_slice_ptr_return.go:17:27
./esc_struct_slice_ptr_return.go:17:27:     from stack{...} (struct literal element) at ./esc_struct_slice_ptr_return.go:17:15
./esc_struct_slice_ptr_return.go:17:9: &stack{...} escapes to heap
./esc_struct_slice_ptr_return.go:17:27: []int{...} escapes to heap
./esc_struct_slice_ptr_return.go:20:7: s does not escape
./esc_struct_slice_ptr_return.go:31:27: t.data[0] escapes to heap:
./esc_struct_slice_ptr_return.go:31:27:   flow: {storage for ... argument} = &{storage for t.data[0]}:
./esc_struct_slice_ptr_return.go:31:27:     from t.data[0] (spill) at ./esc_struct_slice_ptr_return.go:31:27
./esc_struct_slice_ptr_return.go:31:27:     from ... argument (slice-literal-element) at ./esc_struct_slice_ptr_return.go:31:13
./esc_struct_slice_ptr_return.go:31:27:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_ptr_return.go:31:27:     from ... argument (spill) at ./esc_struct_slice_ptr_return.go:31:13
./esc_struct_slice_ptr_return.go:31:27:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_ptr_return.go:31:13
./esc_struct_slice_ptr_return.go:31:15: s.top escapes to heap:
./esc_struct_slice_ptr_return.go:31:15:   flow: {storage for ... argument} = &{storage for s.top}:
./esc_struct_slice_ptr_return.go:31:15:     from s.top (spill) at ./esc_struct_slice_ptr_return.go:31:15
./esc_struct_slice_ptr_return.go:31:15:     from ... argument (slice-literal-element) at ./esc_struct_slice_ptr_return.go:31:13
./esc_struct_slice_ptr_return.go:31:15:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_ptr_return.go:31:15:     from ... argument (spill) at ./esc_struct_slice_ptr_return.go:31:13
./esc_struct_slice_ptr_return.go:31:15:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_ptr_return.go:31:13
./esc_struct_slice_ptr_return.go:31:13: ... argument does not escape
./esc_struct_slice_ptr_return.go:31:15: s.top escapes to heap
./esc_struct_slice_ptr_return.go:31:27: t.data[0] escapes to heap

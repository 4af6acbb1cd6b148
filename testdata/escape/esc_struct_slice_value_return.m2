./esc_struct_slice_value_return.go:13:16: make([]string, n) escapes to heap:
./esc_struct_slice_value_return.go:13:16:   flow: {heap} = &{storage for make([]string, n)}:
./esc_struct_slice_value_return.go:13:16:     from make([]string, n) (non-constant size) at ./esc_struct_slice_value_return.go:13:16
./esc_struct_slice_value_return.go:13:16: make([]string, n) escapes to heap
./esc_struct_slice_value_return.go:21:28: []string{...} escapes to heap:
./esc_struct_slice_value_return.go:21:28:   flow: ~r0 = &{storage for []string{...}}:
./esc_struct_slice_value_return.go:21:28:     from []string{...} (spill) at ./esc_struct_slice_value_return.go:21:28
./esc_struct_slice_value_return.go:21:28:     from row{...} (struct literal element) at ./esc_struct_slice_value_return.go:21:12
./esc_struct_slice_value_return.go:21:28:     from return row{...} (return) at ./esc_struct_slice_value_return.go:21:2
./esc_struct_slice_value_return.go:21:28: []string{...} escapes to heap
./esc_struct_slice_value_return.go:24:12: parameter r leaks to ~r0 with derefs=0:
./esc_struct_slice_value_return.go:24:12:   flow: ~r0 = r:
./esc_struct_slice_value_return.go:24:12:     from return r (return) at ./esc_struct_slice_value_return.go:26:2
./esc_struct_slice_value_return.go:24:12: leaking param: r to result ~r0 level=0
./esc_struct_slice_value_return.go:32:53: f.cells[1] escapes to heap:
./esc_struct_slice_value_return.go:32:53:   flow: {storage for ... argument} = &{storage for f.cells[1]}:
./esc_struct_slice_value_return.go:32:53:     from f.cells[1] (spill) at ./esc_struct_slice_value_return.go:32:53
./esc_struct_slice_value_return.go:32:53:     from ... argument (slice-literal-element) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:53:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_value_return.go:32:53:     from ... argument (spill) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:53:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:38: f.width escapes to heap:
./esc_struct_slice_value_return.go:32:38:   flow: {storage for ... argument} = &{storage for f.width}:
./esc_struct_slice_value_return.go:32:38:     from f.width (spill) at ./esc_struct_slice_value_return.go:32:38
./esc_struct_slice_value_return.go:32:38:     from ... argument (slice-literal-element) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:38:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_value_return.go:32:38:     from ... argument (spill) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:38:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:26: len(r.cells) escapes to heap:
./esc_struct_slice_value_return.go:32:26:   flow: {storage for ... argument} = &{storage for len(r.cells)}:
./esc_struct_slice_value_return.go:32:26:     from len(r.cells) (spill) at ./esc_struct_slice_value_return.go:32:26
./esc_struct_slice_value_return.go:32:26:     from ... argument (slice-literal-element) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:26:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_value_return.go:32:26:     from ... argument (spill) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:26:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:15: r.width escapes to heap:
./esc_struct_slice_value_return.go:32:15:   flow: {storage for ... argument} = &{storage for r.width}:
./esc_struct_slice_value_return.go:32:15:     from r.width (spill) at ./esc_struct_slice_value_return.go:32:15
./esc_struct_slice_value_return.go:32:15:     from ... argument (slice-literal-element) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:15:   flow: {heap} = {storage for ... argument}:
./esc_struct_slice_value_return.go:32:15:     from ... argument (spill) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./esc_struct_slice_value_return.go:32:13
./esc_struct_slice_value_return.go:32:13: ... argument does not escape
./esc_struct_slice_value_return.go:32:15: r.width escapes to heap
./esc_struct_slice_value_return.go:32:26: len(r.cells) escapes to heap
./esc_struct_slice_value_return.go:32:38: f.width escapes to heap
./esc_struct_slice_value_return.go:32:53: f.cells[1] escapes to heap

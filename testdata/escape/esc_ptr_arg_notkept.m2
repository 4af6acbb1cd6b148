./esc_ptr_arg_notkept.go:10:10: p does not escape
./esc_ptr_arg_notkept.go:14:13: s does not escape
./esc_ptr_arg_notkept.go:23:11: p does not escape
./esc_ptr_arg_notkept.go:34:32: s.max escapes to heap:
./esc_ptr_arg_notkept.go:34:32:   flow: {storage for ... argument} = &{storage for s.max}:
./esc_ptr_arg_notkept.go:34:32:     from s.max (spill) at ./esc_ptr_arg_notkept.go:34:32
./esc_ptr_arg_notkept.go:34:32:     from ... argument (slice-literal-element) at ./esc_ptr_arg_notkept.go:34:13
./esc_ptr_arg_notkept.go:34:32:   flow: {heap} = {storage for ... argument}:
./esc_ptr_arg_notkept.go:34:32:     from ... argument (spill) at ./esc_ptr_arg_notkept.go:34:13
./esc_ptr_arg_notkept.go:34:32:     from fmt.Println(... argument...) (call parameter) at ./esc_ptr_arg_notkept.go:34:13
./esc_ptr_arg_notkept.go:34:25: s.min escapes to heap:
./esc_ptr_arg_notkept.go:34:25:   flow: {storage for ... argument} = &{storage for s.min}:
./esc_ptr_arg_notkept.go:34:25:     from s.min (spill) at ./esc_ptr_arg_notkept.go:34:25
./esc_ptr_arg_notkept.go:34:25:     from ... argument (slice-literal-element) at ./esc_ptr_arg_notkept.go:34:13
./esc_ptr_arg_notkept.go:34:25:   flow: {heap} = {storage for ... argument}:
./esc_ptr_arg_notkept.go:34:25:     from ... argument (spill) at ./esc_ptr_arg_notkept.go:34:13
./esc_ptr_arg_notkept.go:34:25:     from fmt.Println(... argument...) (call parameter) at ./esc_ptr_arg_notkept.go:34:13
./esc_ptr_arg_notkept.go:34:18: read(&x) escapes to heap:
./esc_ptr_arg_notkept.go:34:18:   flow: {storage for ... argument} = &{storage for read(&x)}:
./esc_ptr_arg_notkept.go:34:18:     from read(&x) (spill) at ./esc_ptr_arg_notkept.go:34:18
./esc_ptr_arg_notkept.go:34:18:     from ... argument (slice-literal-element) at ./esc_ptr_arg_notkept.go:34:13
./esc_ptr_arg_notkept.go:34:18:   flow: {heap} = {storage for ... argument}:
./esc_ptr_arg_notkept.go:34:18:     from ... argument (spill) at ./esc_ptr_arg_notkept.go:34:13
./esc_ptr_arg_notkept.go:34:18:     from fmt.Println(... argument...) (call parameter) at ./esc_ptr_arg_notkept.go:34:13
./esc_ptr_arg_notkept.go:31:25: []int{...} does not escape
./esc_ptr_arg_notkept.go:34:13: ... argument does not escape
./esc_ptr_arg_notkept.go:34:18: read(&x) escapes to heap
./esc_ptr_arg_notkept.go:34:25: s.min escapes to heap
./esc_ptr_arg_notkept.go:34:32: s.max escapes to heap

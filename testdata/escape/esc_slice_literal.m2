./esc_slice_literal.go:9:12: []int{...} does not escape
./esc_slice_literal.go:18:17: []string{...} escapes to heap:
./esc_slice_literal.go:18:17:   flow: ~r0 = &{storage for []string{...}}:
./esc_slice_literal.go:18:17:     from []string{...} (spill) at ./esc_slice_literal.go:18:17
./esc_slice_literal.go:18:17:     from return []string{...} (return) at ./esc_slice_literal.go:18:2
./esc_slice_literal.go:18:17: []string{...} escapes to heap
./esc_slice_literal.go:22:16: []int{...} escapes to heap:
./esc_slice_literal.go:22:16:   flow: {heap} = &{storage for []int{...}}:
./esc_slice_literal.go:22:16:     from []int{...} (spill) at ./esc_slice_literal.go:22:16
./esc_slice_literal.go:22:16:     from primes = []int{...} (assign) at ./esc_slice_literal.go:22:9
./esc_slice_literal.go:22:16: []int{...} escapes to heap
./esc_slice_literal.go:26:14: [][]int{...} does not escape
./esc_slice_literal.go:26:15: []int{...} does not escape
./esc_slice_literal.go:26:20: []int{...} does not escape
./esc_slice_literal.go:33:49: nested() escapes to heap:
./esc_slice_literal.go:33:49:   flow: {storage for ... argument} = &{storage for nested()}:
./esc_slice_literal.go:33:49:     from nested() (spill) at ./esc_slice_literal.go:33:49
./esc_slice_literal.go:33:49:     from ... argument (slice-literal-element) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:49:   flow: {heap} = {storage for ... argument}:
./esc_slice_literal.go:33:49:     from ... argument (spill) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:49:     from fmt.Println(... argument...) (call parameter) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:38: primes[3] escapes to heap:
./esc_slice_literal.go:33:38:   flow: {storage for ... argument} = &{storage for primes[3]}:
./esc_slice_literal.go:33:38:     from primes[3] (spill) at ./esc_slice_literal.go:33:38
./esc_slice_literal.go:33:38:     from ... argument (slice-literal-element) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:38:   flow: {heap} = {storage for ... argument}:
./esc_slice_literal.go:33:38:     from ... argument (spill) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:38:     from fmt.Println(... argument...) (call parameter) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:27: w[1] escapes to heap:
./esc_slice_literal.go:33:27:   flow: {storage for ... argument} = &{storage for w[1]}:
./esc_slice_literal.go:33:27:     from w[1] (spill) at ./esc_slice_literal.go:33:27
./esc_slice_literal.go:33:27:     from ... argument (slice-literal-element) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:27:   flow: {heap} = {storage for ... argument}:
./esc_slice_literal.go:33:27:     from ... argument (spill) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:27:     from fmt.Println(... argument...) (call parameter) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:22: sumLocal() escapes to heap:
./esc_slice_literal.go:33:22:   flow: {storage for ... argument} = &{storage for sumLocal()}:
./esc_slice_literal.go:33:22:     from sumLocal() (spill) at ./esc_slice_literal.go:33:22
./esc_slice_literal.go:33:22:     from ... argument (slice-literal-element) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:22:   flow: {heap} = {storage for ... argument}:
./esc_slice_literal.go:33:22:     from ... argument (spill) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:22:     from fmt.Println(... argument...) (call parameter) at ./esc_slice_literal.go:33:13
./esc_slice_literal.go:33:13: ... argument does not escape
./esc_slice_literal.go:33:22: sumLocal() escapes to heap
./esc_slice_literal.go:33:27: w[1] escapes to heap
./esc_slice_literal.go:33:38: primes[3] escapes to heap
./esc_slice_literal.go:33:49: nested() escapes to heap

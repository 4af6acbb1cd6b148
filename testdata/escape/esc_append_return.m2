./esc_append_return.go:15:11: make([]int, 0, 4) does not escape
./esc_append_return.go:22:13: parameter s leaks to ~r0 with derefs=0:
./esc_append_return.go:22:13:   flow: ~r0 = s:
./esc_append_return.go:22:13:     from append(s, v, v + 1) (call parameter) at ./esc_append_return.go:23:15
./esc_append_return.go:22:13:     from return append(s, v, v + 1) (return) at ./esc_append_return.go:23:2
./esc_append_return.go:22:13: leaking param: s to result ~r0 level=0
./esc_append_return.go:29:41: len(x) escapes to heap:
./esc_append_return.go:29:41:   flow: {storage for ... argument} = &{storage for len(x)}:
./esc_append_return.go:29:41:     from len(x) (spill) at ./esc_append_return.go:29:41
./esc_append_return.go:29:41:     from ... argument (slice-literal-element) at ./esc_append_return.go:29:13
./esc_append_return.go:29:41:   flow: {heap} = {storage for ... argument}:
./esc_append_return.go:29:41:     from ... argument (spill) at ./esc_append_return.go:29:13
./esc_append_return.go:29:41:     from fmt.Println(... argument...) (call parameter) at ./esc_append_return.go:29:13
./esc_append_return.go:29:32: countEvens(10) escapes to heap:
./esc_append_return.go:29:32:   flow: {storage for ... argument} = &{storage for countEvens(10)}:
./esc_append_return.go:29:32:     from countEvens(10) (spill) at ./esc_append_return.go:29:32
./esc_append_return.go:29:32:     from ... argument (slice-literal-element) at ./esc_append_return.go:29:13
./esc_append_return.go:29:32:   flow: {heap} = {storage for ... argument}:
./esc_append_return.go:29:32:     from ... argument (spill) at ./esc_append_return.go:29:13
./esc_append_return.go:29:32:     from fmt.Println(... argument...) (call parameter) at ./esc_append_return.go:29:13
./esc_append_return.go:29:17: len(e) escapes to heap:
./esc_append_return.go:29:17:   flow: {storage for ... argument} = &{storage for len(e)}:
./esc_append_return.go:29:17:     from len(e) (spill) at ./esc_append_return.go:29:17
./esc_append_return.go:29:17:     from ... argument (slice-literal-element) at ./esc_append_return.go:29:13
./esc_append_return.go:29:17:   flow: {heap} = {storage for ... argument}:
./esc_append_return.go:29:17:     from ... argument (spill) at ./esc_append_return.go:29:13
./esc_append_return.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./esc_append_return.go:29:13
./esc_append_return.go:29:13: ... argument does not escape
./esc_append_return.go:29:17: len(e) escapes to heap
./esc_append_return.go:29:32: countEvens(10) escapes to heap
./esc_append_return.go:29:41: len(x) escapes to heap

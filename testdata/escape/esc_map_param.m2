./esc_map_param.go:6:13: m does not escape
./esc_map_param.go:6:31: k does not escape
./esc_map_param.go:10:10: m does not escape
./esc_map_param.go:18:29: parameter k leaks to {heap} with derefs=0:
./esc_map_param.go:18:29:   flow: {heap} = k:
./esc_map_param.go:18:29:     from m[k] (key of map put) at ./esc_map_param.go:19:3
./esc_map_param.go:18:11: m does not escape
./esc_map_param.go:18:29: leaking param: k
./esc_map_param.go:22:11: m does not escape
./esc_map_param.go:22:29: k does not escape
./esc_map_param.go:30:41: len(m) escapes to heap:
./esc_map_param.go:30:41:   flow: {storage for ... argument} = &{storage for len(m)}:
./esc_map_param.go:30:41:     from len(m) (spill) at ./esc_map_param.go:30:41
./esc_map_param.go:30:41:     from ... argument (slice-literal-element) at ./esc_map_param.go:30:13
./esc_map_param.go:30:41:   flow: {heap} = {storage for ... argument}:
./esc_map_param.go:30:41:     from ... argument (spill) at ./esc_map_param.go:30:13
./esc_map_param.go:30:41:     from fmt.Println(... argument...) (call parameter) at ./esc_map_param.go:30:13
./esc_map_param.go:30:33: sum(m) escapes to heap:
./esc_map_param.go:30:33:   flow: {storage for ... argument} = &{storage for sum(m)}:
./esc_map_param.go:30:33:     from sum(m) (spill) at ./esc_map_param.go:30:33
./esc_map_param.go:30:33:     from ... argument (slice-literal-element) at ./esc_map_param.go:30:13
./esc_map_param.go:30:33:   flow: {heap} = {storage for ... argument}:
./esc_map_param.go:30:33:     from ... argument (spill) at ./esc_map_param.go:30:13
./esc_map_param.go:30:33:     from fmt.Println(... argument...) (call parameter) at ./esc_map_param.go:30:13
./esc_map_param.go:30:20: lookup(m, "a") escapes to heap:
./esc_map_param.go:30:20:   flow: {storage for ... argument} = &{storage for lookup(m, "a")}:
./esc_map_param.go:30:20:     from lookup(m, "a") (spill) at ./esc_map_param.go:30:20
./esc_map_param.go:30:20:     from ... argument (slice-literal-element) at ./esc_map_param.go:30:13
./esc_map_param.go:30:20:   flow: {heap} = {storage for ... argument}:
./esc_map_param.go:30:20:     from ... argument (spill) at ./esc_map_param.go:30:13
./esc_map_param.go:30:20:     from fmt.Println(... argument...) (call parameter) at ./esc_map_param.go:30:13
./esc_map_param.go:27:21: map[string]int{...} does not escape
./esc_map_param.go:30:13: ... argument does not escape
./esc_map_param.go:30:20: lookup(m, "a") escapes to heap
./esc_map_param.go:30:33: sum(m) escapes to heap
./esc_map_param.go:30:41: len(m) escapes to heap

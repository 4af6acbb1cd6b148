./esc_param_noescape.go:10:10: a does not escape
./esc_param_noescape.go:10:13: b does not escape
./esc_param_noescape.go:14:12: s does not escape
./esc_param_noescape.go:22:11: p does not escape
./esc_param_noescape.go:22:14: q does not escape
./esc_param_noescape.go:26:11: v does not escape
./esc_param_noescape.go:30:13: s does not escape
./esc_param_noescape.go:40:62: length("abc") escapes to heap:
./esc_param_noescape.go:40:62:   flow: {storage for ... argument} = &{storage for length("abc")}:
./esc_param_noescape.go:40:62:     from length("abc") (spill) at ./esc_param_noescape.go:40:62
./esc_param_noescape.go:40:62:     from ... argument (slice-literal-element) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:62:   flow: {heap} = {storage for ... argument}:
./esc_param_noescape.go:40:62:     from ... argument (spill) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:62:     from fmt.Println(... argument...) (call parameter) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:52: a.x escapes to heap:
./esc_param_noescape.go:40:52:   flow: {storage for ... argument} = &{storage for a.x}:
./esc_param_noescape.go:40:52:     from a.x (spill) at ./esc_param_noescape.go:40:52
./esc_param_noescape.go:40:52:     from ... argument (slice-literal-element) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:52:   flow: {heap} = {storage for ... argument}:
./esc_param_noescape.go:40:52:     from ... argument (spill) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:52:     from fmt.Println(... argument...) (call parameter) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:41: same(&n, &n) escapes to heap:
./esc_param_noescape.go:40:41:   flow: {storage for ... argument} = &{storage for same(&n, &n)}:
./esc_param_noescape.go:40:41:     from same(&n, &n) (spill) at ./esc_param_noescape.go:40:41
./esc_param_noescape.go:40:41:     from ... argument (slice-literal-element) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:41:   flow: {heap} = {storage for ... argument}:
./esc_param_noescape.go:40:41:     from ... argument (spill) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:41:     from fmt.Println(... argument...) (call parameter) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:22: total([]int{...}) escapes to heap:
./esc_param_noescape.go:40:22:   flow: {storage for ... argument} = &{storage for total([]int{...})}:
./esc_param_noescape.go:40:22:     from total([]int{...}) (spill) at ./esc_param_noescape.go:40:22
./esc_param_noescape.go:40:22:     from ... argument (slice-literal-element) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:22:   flow: {heap} = {storage for ... argument}:
./esc_param_noescape.go:40:22:     from ... argument (spill) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:22:     from fmt.Println(... argument...) (call parameter) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:13: d escapes to heap:
./esc_param_noescape.go:40:13:   flow: {storage for ... argument} = &{storage for d}:
./esc_param_noescape.go:40:13:     from d (spill) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:13:     from ... argument (slice-literal-element) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:13:   flow: {heap} = {storage for ... argument}:
./esc_param_noescape.go:40:13:     from ... argument (spill) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./esc_param_noescape.go:40:13
./esc_param_noescape.go:40:13: ... argument does not escape
./esc_param_noescape.go:40:13: d escapes to heap
./esc_param_noescape.go:40:22: total([]int{...}) escapes to heap
./esc_param_noescape.go:40:28: []int{...} does not escape
./esc_param_noescape.go:40:41: same(&n, &n) escapes to heap
./esc_param_noescape.go:40:52: a.x escapes to heap
./esc_param_noescape.go:40:62: length("abc") escapes to heap

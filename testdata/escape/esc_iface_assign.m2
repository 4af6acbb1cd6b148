./esc_iface_assign.go:10:11: v does not escape
./esc_iface_assign.go:20:20: s does not escape
./esc_iface_assign.go:21:22: n does not escape
./esc_iface_assign.go:22:22: s does not escape
./esc_iface_assign.go:23:30: pair{...} does not escape
./esc_iface_assign.go:29:2: n does not escape
./esc_iface_assign.go:30:2: "str" does not escape
./esc_iface_assign.go:35:38: reassign(2) escapes to heap:
./esc_iface_assign.go:35:38:   flow: {storage for ... argument} = &{storage for reassign(2)}:
./esc_iface_assign.go:35:38:     from reassign(2) (spill) at ./esc_iface_assign.go:35:38
./esc_iface_assign.go:35:38:     from ... argument (slice-literal-element) at ./esc_iface_assign.go:35:13
./esc_iface_assign.go:35:38:   flow: {heap} = {storage for ... argument}:
./esc_iface_assign.go:35:38:     from ... argument (spill) at ./esc_iface_assign.go:35:13
./esc_iface_assign.go:35:38:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_assign.go:35:13
./esc_iface_assign.go:35:20: locals(1, "x") escapes to heap:
./esc_iface_assign.go:35:20:   flow: {storage for ... argument} = &{storage for locals(1, "x")}:
./esc_iface_assign.go:35:20:     from locals(1, "x") (spill) at ./esc_iface_assign.go:35:20
./esc_iface_assign.go:35:20:     from ... argument (slice-literal-element) at ./esc_iface_assign.go:35:13
./esc_iface_assign.go:35:20:   flow: {heap} = {storage for ... argument}:
./esc_iface_assign.go:35:20:     from ... argument (spill) at ./esc_iface_assign.go:35:13
./esc_iface_assign.go:35:20:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_assign.go:35:13
./esc_iface_assign.go:35:13: ... argument does not escape
./esc_iface_assign.go:35:20: locals(1, "x") escapes to heap
./esc_iface_assign.go:35:38: reassign(2) escapes to heap

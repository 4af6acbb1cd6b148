./esc_iface_positions_decl.go:9:11: xs does not escape
./esc_iface_positions_decl.go:11:12: decls capturing by value: n (addr=false assign=false width=8)
./esc_iface_positions_decl.go:11:22: s does not escape
./esc_iface_positions_decl.go:11:31: p does not escape
./esc_iface_positions_decl.go:11:40: rs does not escape
./esc_iface_positions_decl.go:12:28: int64(n) does not escape
./esc_iface_positions_decl.go:13:31: []int{...} does not escape
./esc_iface_positions_decl.go:13:27: []int{...} does not escape
./esc_iface_positions_decl.go:14:29: [2]int{...} does not escape
./esc_iface_positions_decl.go:15:33: map[int]int{...} does not escape
./esc_iface_positions_decl.go:16:30: pair{...} does not escape
./esc_iface_positions_decl.go:17:26: s[1:n] does not escape
./esc_iface_positions_decl.go:18:23: *p does not escape
./esc_iface_positions_decl.go:19:29: string(rs) does not escape
./esc_iface_positions_decl.go:19:28: string(rs) does not escape
./esc_iface_positions_decl.go:20:22: func literal does not escape
./esc_iface_positions_decl.go:21:28: pair{...} does not escape
./esc_iface_positions_decl.go:22:26: n > m does not escape
./esc_iface_positions_decl.go:23:27: len(s) does not escape
./esc_iface_positions_decl.go:24:24: s[n:] does not escape
./esc_iface_positions_decl.go:25:36: pair{...} does not escape
./esc_iface_positions_decl.go:26:32: [3]int{...} does not escape
./esc_iface_positions_decl.go:27:29: pair{...} does not escape
./esc_iface_positions_decl.go:28:34: pair{...} does not escape
./esc_iface_positions_decl.go:29:13: ... argument does not escape
./esc_iface_positions_decl.go:33:27: []int{...} does not escape
./esc_iface_positions_decl.go:33:38: &pair{} does not escape

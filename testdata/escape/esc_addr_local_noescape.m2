./esc_addr_local_noescape.go:10:20: xs does not escape
./esc_addr_local_noescape.go:36:49: y escapes to heap:
./esc_addr_local_noescape.go:36:49:   flow: {storage for ... argument} = &{storage for y}:
./esc_addr_local_noescape.go:36:49:     from y (spill) at ./esc_addr_local_noescape.go:36:49
./esc_addr_local_noescape.go:36:49:     from ... argument (slice-literal-element) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:49:   flow: {heap} = {storage for ... argument}:
./esc_addr_local_noescape.go:36:49:     from ... argument (spill) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:49:     from fmt.Println(... argument...) (call parameter) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:49: x escapes to heap:
./esc_addr_local_noescape.go:36:49:   flow: {storage for ... argument} = &{storage for x}:
./esc_addr_local_noescape.go:36:49:     from x (spill) at ./esc_addr_local_noescape.go:36:49
./esc_addr_local_noescape.go:36:49:     from ... argument (slice-literal-element) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:49:   flow: {heap} = {storage for ... argument}:
./esc_addr_local_noescape.go:36:49:     from ... argument (spill) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:49:     from fmt.Println(... argument...) (call parameter) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:49: bump() escapes to heap:
./esc_addr_local_noescape.go:36:49:   flow: {storage for ... argument} = &{storage for bump()}:
./esc_addr_local_noescape.go:36:49:     from bump() (spill) at ./esc_addr_local_noescape.go:36:49
./esc_addr_local_noescape.go:36:49:     from ... argument (slice-literal-element) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:49:   flow: {heap} = {storage for ... argument}:
./esc_addr_local_noescape.go:36:49:     from ... argument (spill) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:49:     from fmt.Println(... argument...) (call parameter) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:27: sumViaPointer([]int{...}) escapes to heap:
./esc_addr_local_noescape.go:36:27:   flow: {storage for ... argument} = &{storage for sumViaPointer([]int{...})}:
./esc_addr_local_noescape.go:36:27:     from sumViaPointer([]int{...}) (spill) at ./esc_addr_local_noescape.go:36:27
./esc_addr_local_noescape.go:36:27:     from ... argument (slice-literal-element) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:27:   flow: {heap} = {storage for ... argument}:
./esc_addr_local_noescape.go:36:27:     from ... argument (spill) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:27:     from fmt.Println(... argument...) (call parameter) at ./esc_addr_local_noescape.go:36:13
./esc_addr_local_noescape.go:36:13: ... argument does not escape
./esc_addr_local_noescape.go:36:27: sumViaPointer([]int{...}) escapes to heap
./esc_addr_local_noescape.go:36:33: []int{...} does not escape
./esc_addr_local_noescape.go:36:49: bump() escapes to heap
./esc_addr_local_noescape.go:36:49: x escapes to heap
./esc_addr_local_noescape.go:36:49: y escapes to heap

./esc_addr_local_return.go:11:2: p escapes to heap:
./esc_addr_local_return.go:11:2:   flow: ~r0 = &p:
./esc_addr_local_return.go:11:2:     from &p (address-of) at ./esc_addr_local_return.go:12:9
./esc_addr_local_return.go:11:2:     from return &p (return) at ./esc_addr_local_return.go:12:2
./esc_addr_local_return.go:11:2: moved to heap: p
./esc_addr_local_return.go:16:2: n escapes to heap:
./esc_addr_local_return.go:16:2:   flow: ~r0 = &n:
./esc_addr_local_return.go:16:2:     from &n (address-of) at ./esc_addr_local_return.go:17:9
./esc_addr_local_return.go:16:2:     from return &n (return) at ./esc_addr_local_return.go:17:2
./esc_addr_local_return.go:16:2: moved to heap: n
./esc_addr_local_return.go:21:6: a escapes to heap:
./esc_addr_local_return.go:21:6:   flow: ~r0 = &a:
./esc_addr_local_return.go:21:6:     from &a (address-of) at ./esc_addr_local_return.go:25:9
./esc_addr_local_return.go:21:6:     from return &a (return) at ./esc_addr_local_return.go:25:2
./esc_addr_local_return.go:21:6: moved to heap: a
./esc_addr_local_return.go:32:28: a[3] escapes to heap:
./esc_addr_local_return.go:32:28:   flow: {storage for ... argument} = &{storage for a[3]}:
./esc_addr_local_return.go:32:28:     from a[3] (spill) at ./esc_addr_local_return.go:32:28
./esc_addr_local_return.go:32:28:     from ... argument (slice-literal-element) at ./esc_addr_local_return.go:32:13
./esc_addr_local_return.go:32:28:   flow: {heap} = {storage for ... argument}:
./esc_addr_local_return.go:32:28:     from ... argument (spill) at ./esc_addr_local_return.go:32:13
./esc_addr_local_return.go:32:28:     from fmt.Println(... argument...) (call parameter) at ./esc_addr_local_return.go:32:13
./esc_addr_local_return.go:32:23: *n escapes to heap:
./esc_addr_local_return.go:32:23:   flow: {storage for ... argument} = &{storage for *n}:
./esc_addr_local_return.go:32:23:     from *n (spill) at ./esc_addr_local_return.go:32:23
./esc_addr_local_return.go:32:23:     from ... argument (slice-literal-element) at ./esc_addr_local_return.go:32:13
./esc_addr_local_return.go:32:23:   flow: {heap} = {storage for ... argument}:
./esc_addr_local_return.go:32:23:     from ... argument (spill) at ./esc_addr_local_return.go:32:13
./esc_addr_local_return.go:32:23:     from fmt.Println(... argument...) (call parameter) at ./esc_addr_local_return.go:32:13
./esc_addr_local_return.go:32:17: p.x + p.y escapes to heap:
./esc_addr_local_return.go:32:17:   flow: {storage for ... argument} = &{storage for p.x + p.y}:
./esc_addr_local_return.go:32:17:     from p.x + p.y (spill) at ./esc_addr_local_return.go:32:17
./esc_addr_local_return.go:32:17:     from ... argument (slice-literal-element) at ./esc_addr_local_return.go:32:13
./esc_addr_local_return.go:32:17:   flow: {heap} = {storage for ... argument}:
./esc_addr_local_return.go:32:17:     from ... argument (spill) at ./esc_addr_local_return.go:32:13
./esc_addr_local_return.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./esc_addr_local_return.go:32:13
./esc_addr_local_return.go:32:13: ... argument does not escape
./esc_addr_local_return.go:32:17: p.x + p.y escapes to heap
./esc_addr_local_return.go:32:23: *n escapes to heap
./esc_addr_local_return.go:32:28: a[3] escapes to heap

./esc_global_store.go:16:2: e escapes to heap:
./esc_global_store.go:16:2:   flow: {heap} = &e:
./esc_global_store.go:16:2:     from &e (address-of) at ./esc_global_store.go:17:9
./esc_global_store.go:16:2:     from head = &e (assign) at ./esc_global_store.go:17:7
./esc_global_store.go:18:13: &entry{...} escapes to heap:
./esc_global_store.go:18:13:   flow: {heap} = &{storage for &entry{...}}:
./esc_global_store.go:18:13:     from &entry{...} (spill) at ./esc_global_store.go:18:13
./esc_global_store.go:18:13:     from table[1] = &entry{...} (assign) at ./esc_global_store.go:18:11
./esc_global_store.go:19:2: n escapes to heap:
./esc_global_store.go:19:2:   flow: {heap} = &n:
./esc_global_store.go:19:2:     from &n (address-of) at ./esc_global_store.go:20:24
./esc_global_store.go:19:2:     from append(slots, &n) (call parameter) at ./esc_global_store.go:20:16
./esc_global_store.go:21:16: new(entry) escapes to heap:
./esc_global_store.go:21:16:   flow: {heap} = &{storage for new(entry)}:
./esc_global_store.go:21:16:     from new(entry) (spill) at ./esc_global_store.go:21:16
./esc_global_store.go:21:16:     from table[2] = new(entry) (assign) at ./esc_global_store.go:21:11
./esc_global_store.go:16:2: moved to heap: e
./esc_global_store.go:19:2: moved to heap: n
./esc_global_store.go:18:13: &entry{...} escapes to heap
./esc_global_store.go:21:16: new(entry) escapes to heap
./esc_global_store.go:32:70: noStore() escapes to heap:
./esc_global_store.go:32:70:   flow: {storage for ... argument} = &{storage for noStore()}:
./esc_global_store.go:32:70:     from noStore() (spill) at ./esc_global_store.go:32:70
./esc_global_store.go:32:70:     from ... argument (slice-literal-element) at ./esc_global_store.go:32:13
./esc_global_store.go:32:70:   flow: {heap} = {storage for ... argument}:
./esc_global_store.go:32:70:     from ... argument (spill) at ./esc_global_store.go:32:13
./esc_global_store.go:32:70:     from fmt.Println(... argument...) (call parameter) at ./esc_global_store.go:32:13
./esc_global_store.go:32:57: table[2].val escapes to heap:
./esc_global_store.go:32:57:   flow: {storage for ... argument} = &{storage for table[2].val}:
./esc_global_store.go:32:57:     from table[2].val (spill) at ./esc_global_store.go:32:57
./esc_global_store.go:32:57:     from ... argument (slice-literal-element) at ./esc_global_store.go:32:13
./esc_global_store.go:32:57:   flow: {heap} = {storage for ... argument}:
./esc_global_store.go:32:57:     from ... argument (spill) at ./esc_global_store.go:32:13
./esc_global_store.go:32:57:     from fmt.Println(... argument...) (call parameter) at ./esc_global_store.go:32:13
./esc_global_store.go:32:38: *slots[0] escapes to heap:
./esc_global_store.go:32:38:   flow: {storage for ... argument} = &{storage for *slots[0]}:
./esc_global_store.go:32:38:     from *slots[0] (spill) at ./esc_global_store.go:32:38
./esc_global_store.go:32:38:     from ... argument (slice-literal-element) at ./esc_global_store.go:32:13
./esc_global_store.go:32:38:   flow: {heap} = {storage for ... argument}:
./esc_global_store.go:32:38:     from ... argument (spill) at ./esc_global_store.go:32:13
./esc_global_store.go:32:38:     from fmt.Println(... argument...) (call parameter) at ./esc_global_store.go:32:13
./esc_global_store.go:32:32: table[1].val escapes to heap:
./esc_global_store.go:32:32:   flow: {storage for ... argument} = &{storage for table[1].val}:
./esc_global_store.go:32:32:     from table[1].val (spill) at ./esc_global_store.go:32:32
./esc_global_store.go:32:32:     from ... argument (slice-literal-element) at ./esc_global_store.go:32:13
./esc_global_store.go:32:32:   flow: {heap} = {storage for ... argument}:
./esc_global_store.go:32:32:     from ... argument (spill) at ./esc_global_store.go:32:13
./esc_global_store.go:32:32:     from fmt.Println(... argument...) (call parameter) at ./esc_global_store.go:32:13
./esc_global_store.go:32:18: head.key escapes to heap:
./esc_global_store.go:32:18:   flow: {storage for ... argument} = &{storage for head.key}:
./esc_global_store.go:32:18:     from head.key (spill) at ./esc_global_store.go:32:18
./esc_global_store.go:32:18:     from ... argument (slice-literal-element) at ./esc_global_store.go:32:13
./esc_global_store.go:32:18:   flow: {heap} = {storage for ... argument}:
./esc_global_store.go:32:18:     from ... argument (spill) at ./esc_global_store.go:32:13
./esc_global_store.go:32:18:     from fmt.Println(... argument...) (call parameter) at ./esc_global_store.go:32:13
./esc_global_store.go:32:13: ... argument does not escape
./esc_global_store.go:32:18: head.key escapes to heap
./esc_global_store.go:32:32: table[1].val escapes to heap
./esc_global_store.go:32:38: *slots[0] escapes to heap
./esc_global_store.go:32:57: table[2].val escapes to heap
./esc_global_store.go:32:70: noStore() escapes to heap

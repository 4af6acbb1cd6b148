./esc_slice_store.go:8:29: parameter p leaks to {heap} with derefs=0:
./esc_slice_store.go:8:29:   flow: {heap} = p:
./esc_slice_store.go:8:29:     from dst[0] = p (assign) at ./esc_slice_store.go:9:9
./esc_slice_store.go:8:17: dst does not escape
./esc_slice_store.go:8:29: leaking param: p
./esc_slice_store.go:12:25: parameter p leaks to {heap} with derefs=0:
./esc_slice_store.go:12:25:   flow: {heap} = p:
./esc_slice_store.go:12:25:     from global[i] = p (assign) at ./esc_slice_store.go:13:12
./esc_slice_store.go:12:25: leaking param: p
./esc_slice_store.go:17:2: a escapes to heap:
./esc_slice_store.go:17:2:   flow: {heap} = &a:
./esc_slice_store.go:17:2:     from &a (address-of) at ./esc_slice_store.go:19:9
./esc_slice_store.go:17:2:     from s[0] = &a (assign) at ./esc_slice_store.go:19:7
./esc_slice_store.go:17:5: b escapes to heap:
./esc_slice_store.go:17:5:   flow: {heap} = &b:
./esc_slice_store.go:17:5:     from &b (address-of) at ./esc_slice_store.go:20:9
./esc_slice_store.go:17:5:     from s[1] = &b (assign) at ./esc_slice_store.go:20:7
./esc_slice_store.go:17:2: moved to heap: a
./esc_slice_store.go:17:5: moved to heap: b
./esc_slice_store.go:18:11: make([]*int, 2) does not escape
./esc_slice_store.go:25:2: x escapes to heap:
./esc_slice_store.go:25:2:   flow: {heap} = &x:
./esc_slice_store.go:25:2:     from &x (address-of) at ./esc_slice_store.go:27:17
./esc_slice_store.go:25:2:     from storeParam(ps, &x) (call parameter) at ./esc_slice_store.go:27:12
./esc_slice_store.go:28:2: y escapes to heap:
./esc_slice_store.go:28:2:   flow: {heap} = &y:
./esc_slice_store.go:28:2:     from &y (address-of) at ./esc_slice_store.go:29:17
./esc_slice_store.go:28:2:     from storeGlobal(2, &y) (call parameter) at ./esc_slice_store.go:29:13
./esc_slice_store.go:30:44: storeLocal() escapes to heap:
./esc_slice_store.go:30:44:   flow: {storage for ... argument} = &{storage for storeLocal()}:
./esc_slice_store.go:30:44:     from storeLocal() (spill) at ./esc_slice_store.go:30:44
./esc_slice_store.go:30:44:     from ... argument (slice-literal-element) at ./esc_slice_store.go:30:13
./esc_slice_store.go:30:44:   flow: {heap} = {storage for ... argument}:
./esc_slice_store.go:30:44:     from ... argument (spill) at ./esc_slice_store.go:30:13
./esc_slice_store.go:30:44:     from fmt.Println(... argument...) (call parameter) at ./esc_slice_store.go:30:13
./esc_slice_store.go:30:22: *global[2] escapes to heap:
./esc_slice_store.go:30:22:   flow: {storage for ... argument} = &{storage for *global[2]}:
./esc_slice_store.go:30:22:     from *global[2] (spill) at ./esc_slice_store.go:30:22
./esc_slice_store.go:30:22:     from ... argument (slice-literal-element) at ./esc_slice_store.go:30:13
./esc_slice_store.go:30:22:   flow: {heap} = {storage for ... argument}:
./esc_slice_store.go:30:22:     from ... argument (spill) at ./esc_slice_store.go:30:13
./esc_slice_store.go:30:22:     from fmt.Println(... argument...) (call parameter) at ./esc_slice_store.go:30:13
./esc_slice_store.go:30:14: *ps[0] escapes to heap:
./esc_slice_store.go:30:14:   flow: {storage for ... argument} = &{storage for *ps[0]}:
./esc_slice_store.go:30:14:     from *ps[0] (spill) at ./esc_slice_store.go:30:14
./esc_slice_store.go:30:14:     from ... argument (slice-literal-element) at ./esc_slice_store.go:30:13
./esc_slice_store.go:30:14:   flow: {heap} = {storage for ... argument}:
./esc_slice_store.go:30:14:     from ... argument (spill) at ./esc_slice_store.go:30:13
./esc_slice_store.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./esc_slice_store.go:30:13
./esc_slice_store.go:25:2: moved to heap: x
./esc_slice_store.go:28:2: moved to heap: y
./esc_slice_store.go:26:12: make([]*int, 1) does not escape
./esc_slice_store.go:30:13: ... argument does not escape
./esc_slice_store.go:30:14: *ps[0] escapes to heap
./esc_slice_store.go:30:22: *global[2] escapes to heap
./esc_slice_store.go:30:44: storeLocal() escapes to heap
./esc_slice_store.go:6:18: make([]*int, 4) escapes to heap:
./esc_slice_store.go:6:18:   flow: {heap} = &{storage for make([]*int, 4)}:
./esc_slice_store.go:6:18:     from make([]*int, 4) (spill) at ./esc_slice_store.go:6:18
./esc_slice_store.go:6:18:     from global = make([]*int, 4) (assign) at ./esc_slice_store.go:6:5
./esc_slice_store.go:6:18: make([]*int, 4) escapes to heap

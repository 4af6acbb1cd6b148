./esc_map_ptr_values.go:13:3: r escapes to heap:
./esc_map_ptr_values.go:13:3:   flow: {heap} = &r:
./esc_map_ptr_values.go:13:3:     from &r (address-of) at ./esc_map_ptr_values.go:14:10
./esc_map_ptr_values.go:13:3:     from m[i] = &r (assign) at ./esc_map_ptr_values.go:14:8
./esc_map_ptr_values.go:11:11: make(map[int]*rec) escapes to heap:
./esc_map_ptr_values.go:11:11:   flow: m = &{storage for make(map[int]*rec)}:
./esc_map_ptr_values.go:11:11:     from make(map[int]*rec) (spill) at ./esc_map_ptr_values.go:11:11
./esc_map_ptr_values.go:11:11:     from m := make(map[int]*rec) (assign) at ./esc_map_ptr_values.go:11:4
./esc_map_ptr_values.go:11:11:   flow: ~r0 = m:
./esc_map_ptr_values.go:11:11:     from return m (return) at ./esc_map_ptr_values.go:16:2
./esc_map_ptr_values.go:13:3: moved to heap: r
./esc_map_ptr_values.go:11:11: make(map[int]*rec) escapes to heap
./esc_map_ptr_values.go:21:2: a escapes to heap:
./esc_map_ptr_values.go:21:2:   flow: {heap} = &a:
./esc_map_ptr_values.go:21:2:     from &a (address-of) at ./esc_map_ptr_values.go:22:11
./esc_map_ptr_values.go:21:2:     from m["a"] = &a (assign) at ./esc_map_ptr_values.go:22:9
./esc_map_ptr_values.go:21:2: moved to heap: a
./esc_map_ptr_values.go:20:22: map[string]*int{} does not escape
./esc_map_ptr_values.go:26:39: parameter r leaks to {heap} with derefs=0:
./esc_map_ptr_values.go:26:39:   flow: {heap} = r:
./esc_map_ptr_values.go:26:39:     from m[k] = r (assign) at ./esc_map_ptr_values.go:27:7
./esc_map_ptr_values.go:26:29: parameter k leaks to {heap} with derefs=0:
./esc_map_ptr_values.go:26:29:   flow: {heap} = k:
./esc_map_ptr_values.go:26:29:     from m[k] (key of map put) at ./esc_map_ptr_values.go:27:3
./esc_map_ptr_values.go:26:10: m does not escape
./esc_map_ptr_values.go:26:29: leaking param: k
./esc_map_ptr_values.go:26:39: leaking param: r
./esc_map_ptr_values.go:33:15: &rec{...} escapes to heap:
./esc_map_ptr_values.go:33:15:   flow: {heap} = &{storage for &rec{...}}:
./esc_map_ptr_values.go:33:15:     from &rec{...} (spill) at ./esc_map_ptr_values.go:33:15
./esc_map_ptr_values.go:33:15:     from put(pm, "z", &rec{...}) (call parameter) at ./esc_map_ptr_values.go:33:5
./esc_map_ptr_values.go:34:42: pm["z"].n escapes to heap:
./esc_map_ptr_values.go:34:42:   flow: {storage for ... argument} = &{storage for pm["z"].n}:
./esc_map_ptr_values.go:34:42:     from pm["z"].n (spill) at ./esc_map_ptr_values.go:34:42
./esc_map_ptr_values.go:34:42:     from ... argument (slice-literal-element) at ./esc_map_ptr_values.go:34:13
./esc_map_ptr_values.go:34:42:   flow: {heap} = {storage for ... argument}:
./esc_map_ptr_values.go:34:42:     from ... argument (spill) at ./esc_map_ptr_values.go:34:13
./esc_map_ptr_values.go:34:42:     from fmt.Println(... argument...) (call parameter) at ./esc_map_ptr_values.go:34:13
./esc_map_ptr_values.go:34:31: localOnly() escapes to heap:
./esc_map_ptr_values.go:34:31:   flow: {storage for ... argument} = &{storage for localOnly()}:
./esc_map_ptr_values.go:34:31:     from localOnly() (spill) at ./esc_map_ptr_values.go:34:31
./esc_map_ptr_values.go:34:31:     from ... argument (slice-literal-element) at ./esc_map_ptr_values.go:34:13
./esc_map_ptr_values.go:34:31:   flow: {heap} = {storage for ... argument}:
./esc_map_ptr_values.go:34:31:     from ... argument (spill) at ./esc_map_ptr_values.go:34:13
./esc_map_ptr_values.go:34:31:     from fmt.Println(... argument...) (call parameter) at ./esc_map_ptr_values.go:34:13
./esc_map_ptr_values.go:34:18: m[2].n escapes to heap:
./esc_map_ptr_values.go:34:18:   flow: {storage for ... argument} = &{storage for m[2].n}:
./esc_map_ptr_values.go:34:18:     from m[2].n (spill) at ./esc_map_ptr_values.go:34:18
./esc_map_ptr_values.go:34:18:     from ... argument (slice-literal-element) at ./esc_map_ptr_values.go:34:13
./esc_map_ptr_values.go:34:18:   flow: {heap} = {storage for ... argument}:
./esc_map_ptr_values.go:34:18:     from ... argument (spill) at ./esc_map_ptr_values.go:34:13
./esc_map_ptr_values.go:34:18:     from fmt.Println(... argument...) (call parameter) at ./esc_map_ptr_values.go:34:13
./esc_map_ptr_values.go:32:12: make(map[string]*rec) does not escape
./esc_map_ptr_values.go:33:15: &rec{...} escapes to heap
./esc_map_ptr_values.go:34:13: ... argument does not escape
./esc_map_ptr_values.go:34:18: m[2].n escapes to heap
./esc_map_ptr_values.go:34:31: localOnly() escapes to heap
./esc_map_ptr_values.go:34:42: pm["z"].n escapes to heap

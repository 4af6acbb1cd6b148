./esc_map_struct_field.go:14:23: make(map[string]int) does not escape
./esc_map_struct_field.go:20:2: c escapes to heap:
./esc_map_struct_field.go:20:2:   flow: ~r0 = &c:
./esc_map_struct_field.go:20:2:     from &c (address-of) at ./esc_map_struct_field.go:21:9
./esc_map_struct_field.go:20:2:     from return &c (return) at ./esc_map_struct_field.go:21:2
./esc_map_struct_field.go:20:33: map[string]int{} escapes to heap:
./esc_map_struct_field.go:20:33:   flow: c = &{storage for map[string]int{}}:
./esc_map_struct_field.go:20:33:     from map[string]int{} (spill) at ./esc_map_struct_field.go:20:33
./esc_map_struct_field.go:20:33:     from cache{...} (struct literal element) at ./esc_map_struct_field.go:20:12
./esc_map_struct_field.go:20:33:     from c := cache{...} (assign) at ./esc_map_struct_field.go:20:4
./esc_map_struct_field.go:20:2: moved to heap: c
./esc_map_struct_field.go:20:33: map[string]int{} escapes to heap
./esc_map_struct_field.go:25:25: make(map[string]int, 4) escapes to heap:
./esc_map_struct_field.go:25:25:   flow: ~r0 = &{storage for make(map[string]int, 4)}:
./esc_map_struct_field.go:25:25:     from make(map[string]int, 4) (spill) at ./esc_map_struct_field.go:25:25
./esc_map_struct_field.go:25:25:     from cache{...} (struct literal element) at ./esc_map_struct_field.go:25:14
./esc_map_struct_field.go:25:25:     from return cache{...} (return) at ./esc_map_struct_field.go:25:2
./esc_map_struct_field.go:25:25: make(map[string]int, 4) escapes to heap
./esc_map_struct_field.go:29:7: &cache{...} escapes to heap:
./esc_map_struct_field.go:29:7:   flow: c = &{storage for &cache{...}}:
./esc_map_struct_field.go:29:7:     from &cache{...} (spill) at ./esc_map_struct_field.go:29:7
./esc_map_struct_field.go:29:7:     from c := &cache{...} (assign) at ./esc_map_struct_field.go:29:4
./esc_map_struct_field.go:29:7:   flow: {heap} = c:
./esc_map_struct_field.go:29:7:     from shared = c (assign) at ./esc_map_struct_field.go:30:9
./esc_map_struct_field.go:29:34: map[string]int{...} escapes to heap:
./esc_map_struct_field.go:29:34:   flow: {storage for &cache{...}} = &{storage for map[string]int{...}}:
./esc_map_struct_field.go:29:34:     from map[string]int{...} (spill) at ./esc_map_struct_field.go:29:34
./esc_map_struct_field.go:29:34:     from cache{...} (struct literal element) at ./esc_map_struct_field.go:29:13
./esc_map_struct_field.go:29:7: &cache{...} escapes to heap
./esc_map_struct_field.go:29:34: map[string]int{...} escapes to heap
./esc_map_struct_field.go:38:65: shared.data["k"] escapes to heap:
./esc_map_struct_field.go:38:65:   flow: {storage for ... argument} = &{storage for shared.data["k"]}:
./esc_map_struct_field.go:38:65:     from shared.data["k"] (spill) at ./esc_map_struct_field.go:38:65
./esc_map_struct_field.go:38:65:     from ... argument (slice-literal-element) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:65:   flow: {heap} = {storage for ... argument}:
./esc_map_struct_field.go:38:65:     from ... argument (spill) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:65:     from fmt.Println(... argument...) (call parameter) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:44: len(v.data) escapes to heap:
./esc_map_struct_field.go:38:44:   flow: {storage for ... argument} = &{storage for len(v.data)}:
./esc_map_struct_field.go:38:44:     from len(v.data) (spill) at ./esc_map_struct_field.go:38:44
./esc_map_struct_field.go:38:44:     from ... argument (slice-literal-element) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:44:   flow: {heap} = {storage for ... argument}:
./esc_map_struct_field.go:38:44:     from ... argument (spill) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:44:     from fmt.Println(... argument...) (call parameter) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:31: len(p.data) escapes to heap:
./esc_map_struct_field.go:38:31:   flow: {storage for ... argument} = &{storage for len(p.data)}:
./esc_map_struct_field.go:38:31:     from len(p.data) (spill) at ./esc_map_struct_field.go:38:31
./esc_map_struct_field.go:38:31:     from ... argument (slice-literal-element) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:31:   flow: {heap} = {storage for ... argument}:
./esc_map_struct_field.go:38:31:     from ... argument (spill) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:31:     from fmt.Println(... argument...) (call parameter) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:24: localCache() escapes to heap:
./esc_map_struct_field.go:38:24:   flow: {storage for ... argument} = &{storage for localCache()}:
./esc_map_struct_field.go:38:24:     from localCache() (spill) at ./esc_map_struct_field.go:38:24
./esc_map_struct_field.go:38:24:     from ... argument (slice-literal-element) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:24:   flow: {heap} = {storage for ... argument}:
./esc_map_struct_field.go:38:24:     from ... argument (spill) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:24:     from fmt.Println(... argument...) (call parameter) at ./esc_map_struct_field.go:38:13
./esc_map_struct_field.go:38:13: ... argument does not escape
./esc_map_struct_field.go:38:24: localCache() escapes to heap
./esc_map_struct_field.go:38:31: len(p.data) escapes to heap
./esc_map_struct_field.go:38:44: len(v.data) escapes to heap
./esc_map_struct_field.go:38:65: shared.data["k"] escapes to heap

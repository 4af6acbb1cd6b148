./esc_map_claims.go:11:26: make(map[string]int) does not escape
./esc_map_claims.go:18:27: make(map[string]int) escapes to heap:
./esc_map_claims.go:18:27:   flow: ~r0 = &{storage for make(map[string]int)}:
./esc_map_claims.go:18:27:     from make(map[string]int) (spill) at ./esc_map_claims.go:18:27
./esc_map_claims.go:18:27:     from Index{...} (struct literal element) at ./esc_map_claims.go:18:14
./esc_map_claims.go:18:27:     from return Index{...} (return) at ./esc_map_claims.go:18:2
./esc_map_claims.go:18:27: make(map[string]int) escapes to heap
./esc_map_claims.go:25:8: &Index{...} escapes to heap:
./esc_map_claims.go:25:8:   flow: ix = &{storage for &Index{...}}:
./esc_map_claims.go:25:8:     from &Index{...} (spill) at ./esc_map_claims.go:25:8
./esc_map_claims.go:25:8:     from ix := &Index{...} (assign) at ./esc_map_claims.go:25:5
./esc_map_claims.go:25:8:   flow: {heap} = ix:
./esc_map_claims.go:25:8:     from global = ix (assign) at ./esc_map_claims.go:26:9
./esc_map_claims.go:25:27: make(map[string]int) escapes to heap:
./esc_map_claims.go:25:27:   flow: {storage for &Index{...}} = &{storage for make(map[string]int)}:
./esc_map_claims.go:25:27:     from make(map[string]int) (spill) at ./esc_map_claims.go:25:27
./esc_map_claims.go:25:27:     from Index{...} (struct literal element) at ./esc_map_claims.go:25:14
./esc_map_claims.go:25:8: &Index{...} escapes to heap
./esc_map_claims.go:25:27: make(map[string]int) escapes to heap
./esc_map_claims.go:31:2: deferred capturing by value: ms (addr=false assign=false width=24)
./esc_map_claims.go:31:21: []map[int]int{...} does not escape
./esc_map_claims.go:31:26: make(map[int]int) does not escape
./esc_map_claims.go:31:45: make(map[int]int) does not escape
./esc_map_claims.go:32:8: func literal does not escape
./esc_map_claims.go:35:24: []map[int]int{...} does not escape
./esc_map_claims.go:35:29: make(map[int]int) does not escape
./esc_map_claims.go:45:9: func literal escapes to heap:
./esc_map_claims.go:45:9:   flow: {heap} = &{storage for func literal}:
./esc_map_claims.go:45:9:     from func literal (spill) at ./esc_map_claims.go:45:9
./esc_map_claims.go:44:6: deferredInLoop capturing by ref: i (addr=false assign=true width=8)
./esc_map_claims.go:44:6: i escapes to heap:
./esc_map_claims.go:44:6:   flow: {storage for func literal} = &i:
./esc_map_claims.go:44:6:     from i (captured by a closure) at ./esc_map_claims.go:46:15
./esc_map_claims.go:44:6:     from i (reference) at ./esc_map_claims.go:46:15
./esc_map_claims.go:43:2: deferredInLoop capturing by value: ms (addr=false assign=false width=24)
./esc_map_claims.go:43:21: []map[int]int{...} escapes to heap:
./esc_map_claims.go:43:21:   flow: ms = &{storage for []map[int]int{...}}:
./esc_map_claims.go:43:21:     from []map[int]int{...} (spill) at ./esc_map_claims.go:43:21
./esc_map_claims.go:43:21:     from ms := []map[int]int{...} (assign) at ./esc_map_claims.go:43:5
./esc_map_claims.go:43:21:   flow: {storage for func literal} = ms:
./esc_map_claims.go:43:21:     from ms (captured by a closure) at ./esc_map_claims.go:46:4
./esc_map_claims.go:43:26: make(map[int]int) escapes to heap:
./esc_map_claims.go:43:26:   flow: {storage for []map[int]int{...}} = &{storage for make(map[int]int)}:
./esc_map_claims.go:43:26:     from make(map[int]int) (spill) at ./esc_map_claims.go:43:26
./esc_map_claims.go:43:26:     from []map[int]int{...} (slice-literal-element) at ./esc_map_claims.go:43:21
./esc_map_claims.go:44:6: moved to heap: i
./esc_map_claims.go:43:21: []map[int]int{...} escapes to heap
./esc_map_claims.go:43:26: make(map[int]int) escapes to heap
./esc_map_claims.go:45:9: func literal escapes to heap
./esc_map_claims.go:54:80: len(global.byName) escapes to heap:
./esc_map_claims.go:54:80:   flow: {storage for ... argument} = &{storage for len(global.byName)}:
./esc_map_claims.go:54:80:     from len(global.byName) (spill) at ./esc_map_claims.go:54:80
./esc_map_claims.go:54:80:     from ... argument (slice-literal-element) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:80:   flow: {heap} = {storage for ... argument}:
./esc_map_claims.go:54:80:     from ... argument (spill) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:80:     from fmt.Println(... argument...) (call parameter) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:72: deferredInLoop(2) escapes to heap:
./esc_map_claims.go:54:72:   flow: {storage for ... argument} = &{storage for deferredInLoop(2)}:
./esc_map_claims.go:54:72:     from deferredInLoop(2) (spill) at ./esc_map_claims.go:54:72
./esc_map_claims.go:54:72:     from ... argument (slice-literal-element) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:72:   flow: {heap} = {storage for ... argument}:
./esc_map_claims.go:54:72:     from ... argument (spill) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:72:     from fmt.Println(... argument...) (call parameter) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:54: deferred() escapes to heap:
./esc_map_claims.go:54:54:   flow: {storage for ... argument} = &{storage for deferred()}:
./esc_map_claims.go:54:54:     from deferred() (spill) at ./esc_map_claims.go:54:54
./esc_map_claims.go:54:54:     from ... argument (slice-literal-element) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:54:   flow: {heap} = {storage for ... argument}:
./esc_map_claims.go:54:54:     from ... argument (spill) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:54:     from fmt.Println(... argument...) (call parameter) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:26: len(byValue().byName) escapes to heap:
./esc_map_claims.go:54:26:   flow: {storage for ... argument} = &{storage for len(byValue().byName)}:
./esc_map_claims.go:54:26:     from len(byValue().byName) (spill) at ./esc_map_claims.go:54:26
./esc_map_claims.go:54:26:     from ... argument (slice-literal-element) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:26:   flow: {heap} = {storage for ... argument}:
./esc_map_claims.go:54:26:     from ... argument (spill) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:26:     from fmt.Println(... argument...) (call parameter) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:19: local() escapes to heap:
./esc_map_claims.go:54:19:   flow: {storage for ... argument} = &{storage for local()}:
./esc_map_claims.go:54:19:     from local() (spill) at ./esc_map_claims.go:54:19
./esc_map_claims.go:54:19:     from ... argument (slice-literal-element) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:19:   flow: {heap} = {storage for ... argument}:
./esc_map_claims.go:54:19:     from ... argument (spill) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:19:     from fmt.Println(... argument...) (call parameter) at ./esc_map_claims.go:54:13
./esc_map_claims.go:54:13: ... argument does not escape
./esc_map_claims.go:54:19: local() escapes to heap
./esc_map_claims.go:54:26: len(byValue().byName) escapes to heap
./esc_map_claims.go:54:54: deferred() escapes to heap
./esc_map_claims.go:54:72: deferredInLoop(2) escapes to heap
./esc_map_claims.go:54:80: len(global.byName) escapes to heap

./esc_map_return.go:8:16: parameter words leaks to {heap} with derefs=1:
./esc_map_return.go:8:16:   flow: {temp} = words:
./esc_map_return.go:8:16:   flow: w = *{temp}:
./esc_map_return.go:8:16:     from for loop (range-deref) at ./esc_map_return.go:10:14
./esc_map_return.go:8:16:   flow: {heap} = w:
./esc_map_return.go:8:16:     from h[w] (key of map put) at ./esc_map_return.go:11:4
./esc_map_return.go:9:11: make(map[string]int) escapes to heap:
./esc_map_return.go:9:11:   flow: h = &{storage for make(map[string]int)}:
./esc_map_return.go:9:11:     from make(map[string]int) (spill) at ./esc_map_return.go:9:11
./esc_map_return.go:9:11:     from h := make(map[string]int) (assign) at ./esc_map_return.go:9:4
./esc_map_return.go:9:11:   flow: ~r0 = h:
./esc_map_return.go:9:11:     from return h (return) at ./esc_map_return.go:13:2
./esc_map_return.go:8:16: leaking param content: words
./esc_map_return.go:9:11: make(map[string]int) escapes to heap
./esc_map_return.go:17:26: map[string]string{...} escapes to heap:
./esc_map_return.go:17:26:   flow: ~r0 = &{storage for map[string]string{...}}:
./esc_map_return.go:17:26:     from map[string]string{...} (spill) at ./esc_map_return.go:17:26
./esc_map_return.go:17:26:     from return map[string]string{...} (return) at ./esc_map_return.go:17:2
./esc_map_return.go:17:26: map[string]string{...} escapes to heap
./esc_map_return.go:20:15: parameter m leaks to {heap} with derefs=0:
./esc_map_return.go:20:15:   flow: {heap} = m:
./esc_map_return.go:20:15:     from index = m (assign) at ./esc_map_return.go:21:8
./esc_map_return.go:20:15: leaking param: m
./esc_map_return.go:28:36: len(index) escapes to heap:
./esc_map_return.go:28:36:   flow: {storage for ... argument} = &{storage for len(index)}:
./esc_map_return.go:28:36:     from len(index) (spill) at ./esc_map_return.go:28:36
./esc_map_return.go:28:36:     from ... argument (slice-literal-element) at ./esc_map_return.go:28:13
./esc_map_return.go:28:36:   flow: {heap} = {storage for ... argument}:
./esc_map_return.go:28:36:     from ... argument (spill) at ./esc_map_return.go:28:13
./esc_map_return.go:28:36:     from fmt.Println(... argument...) (call parameter) at ./esc_map_return.go:28:13
./esc_map_return.go:28:23: d["mode"] escapes to heap:
./esc_map_return.go:28:23:   flow: {storage for ... argument} = &{storage for d["mode"]}:
./esc_map_return.go:28:23:     from d["mode"] (spill) at ./esc_map_return.go:28:23
./esc_map_return.go:28:23:     from ... argument (slice-literal-element) at ./esc_map_return.go:28:13
./esc_map_return.go:28:23:   flow: {heap} = {storage for ... argument}:
./esc_map_return.go:28:23:     from ... argument (spill) at ./esc_map_return.go:28:13
./esc_map_return.go:28:23:     from fmt.Println(... argument...) (call parameter) at ./esc_map_return.go:28:13
./esc_map_return.go:28:15: h["a"] escapes to heap:
./esc_map_return.go:28:15:   flow: {storage for ... argument} = &{storage for h["a"]}:
./esc_map_return.go:28:15:     from h["a"] (spill) at ./esc_map_return.go:28:15
./esc_map_return.go:28:15:     from ... argument (slice-literal-element) at ./esc_map_return.go:28:13
./esc_map_return.go:28:15:   flow: {heap} = {storage for ... argument}:
./esc_map_return.go:28:15:     from ... argument (spill) at ./esc_map_return.go:28:13
./esc_map_return.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./esc_map_return.go:28:13
./esc_map_return.go:25:25: []string{...} does not escape
./esc_map_return.go:28:13: ... argument does not escape
./esc_map_return.go:28:15: h["a"] escapes to heap
./esc_map_return.go:28:23: d["mode"] escapes to heap
./esc_map_return.go:28:36: len(index) escapes to heap

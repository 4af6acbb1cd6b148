./esc_param_global.go:14:14: parameter it leaks to {heap} with derefs=0:
./esc_param_global.go:14:14:   flow: {heap} = it:
./esc_param_global.go:14:14:     from last = it (assign) at ./esc_param_global.go:15:7
./esc_param_global.go:14:14: leaking param: it
./esc_param_global.go:18:14: parameter s leaks to {heap} with derefs=0:
./esc_param_global.go:18:14:   flow: {heap} = s:
./esc_param_global.go:18:14:     from names = s (assign) at ./esc_param_global.go:19:8
./esc_param_global.go:18:14: leaking param: s
./esc_param_global.go:22:22: parameter p leaks to {heap} with derefs=0:
./esc_param_global.go:22:22:   flow: {heap} = p:
./esc_param_global.go:22:22:     from registry[i % 4] = p (assign) at ./esc_param_global.go:23:16
./esc_param_global.go:22:22: leaking param: p
./esc_param_global.go:29:18: []string{...} escapes to heap:
./esc_param_global.go:29:18:   flow: {heap} = &{storage for []string{...}}:
./esc_param_global.go:29:18:     from []string{...} (spill) at ./esc_param_global.go:29:18
./esc_param_global.go:29:18:     from addName([]string{...}) (call parameter) at ./esc_param_global.go:29:9
./esc_param_global.go:30:2: v escapes to heap:
./esc_param_global.go:30:2:   flow: {heap} = &v:
./esc_param_global.go:30:2:     from &v (address-of) at ./esc_param_global.go:31:14
./esc_param_global.go:30:2:     from register(1, &v) (call parameter) at ./esc_param_global.go:31:10
./esc_param_global.go:32:35: *registry[1] escapes to heap:
./esc_param_global.go:32:35:   flow: {storage for ... argument} = &{storage for *registry[1]}:
./esc_param_global.go:32:35:     from *registry[1] (spill) at ./esc_param_global.go:32:35
./esc_param_global.go:32:35:     from ... argument (slice-literal-element) at ./esc_param_global.go:32:13
./esc_param_global.go:32:35:   flow: {heap} = {storage for ... argument}:
./esc_param_global.go:32:35:     from ... argument (spill) at ./esc_param_global.go:32:13
./esc_param_global.go:32:35:     from fmt.Println(... argument...) (call parameter) at ./esc_param_global.go:32:13
./esc_param_global.go:32:26: len(names) escapes to heap:
./esc_param_global.go:32:26:   flow: {storage for ... argument} = &{storage for len(names)}:
./esc_param_global.go:32:26:     from len(names) (spill) at ./esc_param_global.go:32:26
./esc_param_global.go:32:26:     from ... argument (slice-literal-element) at ./esc_param_global.go:32:13
./esc_param_global.go:32:26:   flow: {heap} = {storage for ... argument}:
./esc_param_global.go:32:26:     from ... argument (spill) at ./esc_param_global.go:32:13
./esc_param_global.go:32:26:     from fmt.Println(... argument...) (call parameter) at ./esc_param_global.go:32:13
./esc_param_global.go:32:18: last.id escapes to heap:
./esc_param_global.go:32:18:   flow: {storage for ... argument} = &{storage for last.id}:
./esc_param_global.go:32:18:     from last.id (spill) at ./esc_param_global.go:32:18
./esc_param_global.go:32:18:     from ... argument (slice-literal-element) at ./esc_param_global.go:32:13
./esc_param_global.go:32:18:   flow: {heap} = {storage for ... argument}:
./esc_param_global.go:32:18:     from ... argument (spill) at ./esc_param_global.go:32:13
./esc_param_global.go:32:18:     from fmt.Println(... argument...) (call parameter) at ./esc_param_global.go:32:13
./esc_param_global.go:27:8: &item{...} escapes to heap:
./esc_param_global.go:27:8:   flow: it = &{storage for &item{...}}:
./esc_param_global.go:27:8:     from &item{...} (spill) at ./esc_param_global.go:27:8
./esc_param_global.go:27:8:     from it := &item{...} (assign) at ./esc_param_global.go:27:5
./esc_param_global.go:27:8:   flow: {heap} = it:
./esc_param_global.go:27:8:     from setLast(it) (call parameter) at ./esc_param_global.go:28:9
./esc_param_global.go:30:2: moved to heap: v
./esc_param_global.go:27:8: &item{...} escapes to heap
./esc_param_global.go:29:18: []string{...} escapes to heap
./esc_param_global.go:32:13: ... argument does not escape
./esc_param_global.go:32:18: last.id escapes to heap
./esc_param_global.go:32:26: len(names) escapes to heap
./esc_param_global.go:32:35: *registry[1] escapes to heap

./esc_map_global.go:14:2: u escapes to heap:
./esc_map_global.go:14:2:   flow: {heap} = &u:
./esc_map_global.go:14:2:     from &u (address-of) at ./esc_map_global.go:15:16
./esc_map_global.go:14:2:     from users[name] = &u (assign) at ./esc_map_global.go:15:14
./esc_map_global.go:13:14: parameter name leaks to {heap} with derefs=0:
./esc_map_global.go:13:14:   flow: {heap} = name:
./esc_map_global.go:13:14:     from users[name] (key of map put) at ./esc_map_global.go:15:7
./esc_map_global.go:13:14: parameter name leaks to u with derefs=0:
./esc_map_global.go:13:14:   flow: u = name:
./esc_map_global.go:13:14:     from user{...} (struct literal element) at ./esc_map_global.go:14:11
./esc_map_global.go:13:14:     from u := user{...} (assign) at ./esc_map_global.go:14:4
./esc_map_global.go:13:14: leaking param: name
./esc_map_global.go:14:2: moved to heap: u
./esc_map_global.go:18:13: parameter u leaks to {heap} with derefs=0:
./esc_map_global.go:18:13:   flow: {heap} = u:
./esc_map_global.go:18:13:     from users[u.name] = u (assign) at ./esc_map_global.go:19:16
./esc_map_global.go:18:13: parameter u leaks to {heap} with derefs=0:
./esc_map_global.go:18:13:   flow: {heap} = u:
./esc_map_global.go:18:13:     from users[u.name] = u (assign) at ./esc_map_global.go:19:16
./esc_map_global.go:18:13: leaking param: u
./esc_map_global.go:23:11: make(map[int]int) escapes to heap:
./esc_map_global.go:23:11:   flow: m = &{storage for make(map[int]int)}:
./esc_map_global.go:23:11:     from make(map[int]int) (spill) at ./esc_map_global.go:23:11
./esc_map_global.go:23:11:     from m := make(map[int]int) (assign) at ./esc_map_global.go:23:4
./esc_map_global.go:23:11:   flow: {heap} = m:
./esc_map_global.go:23:11:     from counts = m (assign) at ./esc_map_global.go:25:9
./esc_map_global.go:23:11: make(map[int]int) escapes to heap
./esc_map_global.go:30:9: &user{...} escapes to heap:
./esc_map_global.go:30:9:   flow: {heap} = &{storage for &user{...}}:
./esc_map_global.go:30:9:     from &user{...} (spill) at ./esc_map_global.go:30:9
./esc_map_global.go:30:9:     from addPtr(&user{...}) (call parameter) at ./esc_map_global.go:30:8
./esc_map_global.go:32:51: counts[0] escapes to heap:
./esc_map_global.go:32:51:   flow: {storage for ... argument} = &{storage for counts[0]}:
./esc_map_global.go:32:51:     from counts[0] (spill) at ./esc_map_global.go:32:51
./esc_map_global.go:32:51:     from ... argument (slice-literal-element) at ./esc_map_global.go:32:13
./esc_map_global.go:32:51:   flow: {heap} = {storage for ... argument}:
./esc_map_global.go:32:51:     from ... argument (spill) at ./esc_map_global.go:32:13
./esc_map_global.go:32:51:     from fmt.Println(... argument...) (call parameter) at ./esc_map_global.go:32:13
./esc_map_global.go:32:36: len(users) escapes to heap:
./esc_map_global.go:32:36:   flow: {storage for ... argument} = &{storage for len(users)}:
./esc_map_global.go:32:36:     from len(users) (spill) at ./esc_map_global.go:32:36
./esc_map_global.go:32:36:     from ... argument (slice-literal-element) at ./esc_map_global.go:32:13
./esc_map_global.go:32:36:   flow: {heap} = {storage for ... argument}:
./esc_map_global.go:32:36:     from ... argument (spill) at ./esc_map_global.go:32:13
./esc_map_global.go:32:36:     from fmt.Println(... argument...) (call parameter) at ./esc_map_global.go:32:13
./esc_map_global.go:32:26: users["ann"].name escapes to heap:
./esc_map_global.go:32:26:   flow: {storage for ... argument} = &{storage for users["ann"].name}:
./esc_map_global.go:32:26:     from users["ann"].name (spill) at ./esc_map_global.go:32:26
./esc_map_global.go:32:26:     from ... argument (slice-literal-element) at ./esc_map_global.go:32:13
./esc_map_global.go:32:26:   flow: {heap} = {storage for ... argument}:
./esc_map_global.go:32:26:     from ... argument (spill) at ./esc_map_global.go:32:13
./esc_map_global.go:32:26:     from fmt.Println(... argument...) (call parameter) at ./esc_map_global.go:32:13
./esc_map_global.go:30:9: &user{...} escapes to heap
./esc_map_global.go:32:13: ... argument does not escape
./esc_map_global.go:32:26: users["ann"].name escapes to heap
./esc_map_global.go:32:36: len(users) escapes to heap
./esc_map_global.go:32:51: counts[0] escapes to heap
./esc_map_global.go:10:17: make(map[string]*user) escapes to heap:
./esc_map_global.go:10:17:   flow: {heap} = &{storage for make(map[string]*user)}:
./esc_map_global.go:10:17:     from make(map[string]*user) (spill) at ./esc_map_global.go:10:17
./esc_map_global.go:10:17:     from users = make(map[string]*user) (assign) at ./esc_map_global.go:10:5
./esc_map_global.go:10:17: make(map[string]*user) escapes to heap

./esc_make_const.go:7:11: make([]int, 10) does not escape
./esc_make_const.go:15:11: make([]int, 0, 16) does not escape
./esc_make_const.go:23:11: make([]int, 4) escapes to heap:
./esc_make_const.go:23:11:   flow: s = &{storage for make([]int, 4)}:
./esc_make_const.go:23:11:     from make([]int, 4) (spill) at ./esc_make_const.go:23:11
./esc_make_const.go:23:11:     from s := make([]int, 4) (assign) at ./esc_make_const.go:23:4
./esc_make_const.go:23:11:   flow: ~r0 = s:
./esc_make_const.go:23:11:     from return s (return) at ./esc_make_const.go:25:2
./esc_make_const.go:23:11: make([]int, 4) escapes to heap
./esc_make_const.go:30:37: l[0] escapes to heap:
./esc_make_const.go:30:37:   flow: {storage for ... argument} = &{storage for l[0]}:
./esc_make_const.go:30:37:     from l[0] (spill) at ./esc_make_const.go:30:37
./esc_make_const.go:30:37:     from ... argument (slice-literal-element) at ./esc_make_const.go:30:13
./esc_make_const.go:30:37:   flow: {heap} = {storage for ... argument}:
./esc_make_const.go:30:37:     from ... argument (spill) at ./esc_make_const.go:30:13
./esc_make_const.go:30:37:     from fmt.Println(... argument...) (call parameter) at ./esc_make_const.go:30:13
./esc_make_const.go:30:32: withCap() escapes to heap:
./esc_make_const.go:30:32:   flow: {storage for ... argument} = &{storage for withCap()}:
./esc_make_const.go:30:32:     from withCap() (spill) at ./esc_make_const.go:30:32
./esc_make_const.go:30:32:     from ... argument (slice-literal-element) at ./esc_make_const.go:30:13
./esc_make_const.go:30:32:   flow: {heap} = {storage for ... argument}:
./esc_make_const.go:30:32:     from ... argument (spill) at ./esc_make_const.go:30:13
./esc_make_const.go:30:32:     from fmt.Println(... argument...) (call parameter) at ./esc_make_const.go:30:13
./esc_make_const.go:30:21: squares() escapes to heap:
./esc_make_const.go:30:21:   flow: {storage for ... argument} = &{storage for squares()}:
./esc_make_const.go:30:21:     from squares() (spill) at ./esc_make_const.go:30:21
./esc_make_const.go:30:21:     from ... argument (slice-literal-element) at ./esc_make_const.go:30:13
./esc_make_const.go:30:21:   flow: {heap} = {storage for ... argument}:
./esc_make_const.go:30:21:     from ... argument (spill) at ./esc_make_const.go:30:13
./esc_make_const.go:30:21:     from fmt.Println(... argument...) (call parameter) at ./esc_make_const.go:30:13
./esc_make_const.go:30:13: ... argument does not escape
./esc_make_const.go:30:21: squares() escapes to heap
./esc_make_const.go:30:32: withCap() escapes to heap
./esc_make_const.go:30:37: l[0] escapes to heap

./esc_ptr_arg_kept.go:10:11: parameter p leaks to {heap} with derefs=0:
./esc_ptr_arg_kept.go:10:11:   flow: {heap} = p:
./esc_ptr_arg_kept.go:10:11:     from saved = p (assign) at ./esc_ptr_arg_kept.go:11:8
./esc_ptr_arg_kept.go:10:11: leaking param: p
./esc_ptr_arg_kept.go:14:15: parameter p leaks to {heap} with derefs=0:
./esc_ptr_arg_kept.go:14:15:   flow: {heap} = p:
./esc_ptr_arg_kept.go:14:15:     from append(history, p) (call parameter) at ./esc_ptr_arg_kept.go:15:18
./esc_ptr_arg_kept.go:14:15: leaking param: p
./esc_ptr_arg_kept.go:19:2: x escapes to heap:
./esc_ptr_arg_kept.go:19:2:   flow: {heap} = &x:
./esc_ptr_arg_kept.go:19:2:     from &x (address-of) at ./esc_ptr_arg_kept.go:20:7
./esc_ptr_arg_kept.go:19:2:     from keep(&x) (call parameter) at ./esc_ptr_arg_kept.go:20:6
./esc_ptr_arg_kept.go:21:2: y escapes to heap:
./esc_ptr_arg_kept.go:21:2:   flow: {heap} = &y:
./esc_ptr_arg_kept.go:21:2:     from &y (address-of) at ./esc_ptr_arg_kept.go:22:11
./esc_ptr_arg_kept.go:21:2:     from remember(&y) (call parameter) at ./esc_ptr_arg_kept.go:22:10
./esc_ptr_arg_kept.go:19:2: moved to heap: x
./esc_ptr_arg_kept.go:21:2: moved to heap: y
./esc_ptr_arg_kept.go:27:22: *history[0] escapes to heap:
./esc_ptr_arg_kept.go:27:22:   flow: {storage for ... argument} = &{storage for *history[0]}:
./esc_ptr_arg_kept.go:27:22:     from *history[0] (spill) at ./esc_ptr_arg_kept.go:27:22
./esc_ptr_arg_kept.go:27:22:     from ... argument (slice-literal-element) at ./esc_ptr_arg_kept.go:27:13
./esc_ptr_arg_kept.go:27:22:   flow: {heap} = {storage for ... argument}:
./esc_ptr_arg_kept.go:27:22:     from ... argument (spill) at ./esc_ptr_arg_kept.go:27:13
./esc_ptr_arg_kept.go:27:22:     from fmt.Println(... argument...) (call parameter) at ./esc_ptr_arg_kept.go:27:13
./esc_ptr_arg_kept.go:27:14: *saved escapes to heap:
./esc_ptr_arg_kept.go:27:14:   flow: {storage for ... argument} = &{storage for *saved}:
./esc_ptr_arg_kept.go:27:14:     from *saved (spill) at ./esc_ptr_arg_kept.go:27:14
./esc_ptr_arg_kept.go:27:14:     from ... argument (slice-literal-element) at ./esc_ptr_arg_kept.go:27:13
./esc_ptr_arg_kept.go:27:14:   flow: {heap} = {storage for ... argument}:
./esc_ptr_arg_kept.go:27:14:     from ... argument (spill) at ./esc_ptr_arg_kept.go:27:13
./esc_ptr_arg_kept.go:27:14:     from fmt.Println(... argument...) (call parameter) at ./esc_ptr_arg_kept.go:27:13
./esc_ptr_arg_kept.go:27:13: ... argument does not escape
./esc_ptr_arg_kept.go:27:14: *saved escapes to heap
./esc_ptr_arg_kept.go:27:22: *history[0] escapes to heap

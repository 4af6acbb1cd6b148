./esc_closure_param_stored.go:9:15: parameter f leaks to {heap} with derefs=0:
./esc_closure_param_stored.go:9:15:   flow: {heap} = f:
./esc_closure_param_stored.go:9:15:     from append(handlers, f) (call parameter) at ./esc_closure_param_stored.go:10:19
./esc_closure_param_stored.go:9:15: leaking param: f
./esc_closure_param_stored.go:13:14: parameter f leaks to {heap} with derefs=0:
./esc_closure_param_stored.go:13:14:   flow: {heap} = f:
./esc_closure_param_stored.go:13:14:     from onDone = f (assign) at ./esc_closure_param_stored.go:14:9
./esc_closure_param_stored.go:13:14: leaking param: f
./esc_closure_param_stored.go:19:11: func literal escapes to heap:
./esc_closure_param_stored.go:19:11:   flow: {heap} = &{storage for func literal}:
./esc_closure_param_stored.go:19:11:     from func literal (spill) at ./esc_closure_param_stored.go:19:11
./esc_closure_param_stored.go:19:11:     from register(func literal) (call parameter) at ./esc_closure_param_stored.go:19:10
./esc_closure_param_stored.go:23:10: func literal escapes to heap:
./esc_closure_param_stored.go:23:10:   flow: {heap} = &{storage for func literal}:
./esc_closure_param_stored.go:23:10:     from func literal (spill) at ./esc_closure_param_stored.go:23:10
./esc_closure_param_stored.go:23:10:     from setDone(func literal) (call parameter) at ./esc_closure_param_stored.go:23:9
./esc_closure_param_stored.go:18:2: main capturing by value: factor (addr=false assign=false width=8)
./esc_closure_param_stored.go:22:2: main capturing by ref: done (addr=false assign=true width=1)
./esc_closure_param_stored.go:22:2: done escapes to heap:
./esc_closure_param_stored.go:22:2:   flow: {storage for func literal} = &done:
./esc_closure_param_stored.go:22:2:     from done (captured by a closure) at ./esc_closure_param_stored.go:24:3
./esc_closure_param_stored.go:22:2:     from done (reference) at ./esc_closure_param_stored.go:24:3
./esc_closure_param_stored.go:27:25: done escapes to heap:
./esc_closure_param_stored.go:27:25:   flow: {storage for ... argument} = &{storage for done}:
./esc_closure_param_stored.go:27:25:     from done (spill) at ./esc_closure_param_stored.go:27:25
./esc_closure_param_stored.go:27:25:     from ... argument (slice-literal-element) at ./esc_closure_param_stored.go:27:13
./esc_closure_param_stored.go:27:25:   flow: {heap} = {storage for ... argument}:
./esc_closure_param_stored.go:27:25:     from ... argument (spill) at ./esc_closure_param_stored.go:27:13
./esc_closure_param_stored.go:27:25:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_param_stored.go:27:13
./esc_closure_param_stored.go:27:25: handlers[0](21) escapes to heap:
./esc_closure_param_stored.go:27:25:   flow: {storage for ... argument} = &{storage for handlers[0](21)}:
./esc_closure_param_stored.go:27:25:     from handlers[0](21) (spill) at ./esc_closure_param_stored.go:27:25
./esc_closure_param_stored.go:27:25:     from ... argument (slice-literal-element) at ./esc_closure_param_stored.go:27:13
./esc_closure_param_stored.go:27:25:   flow: {heap} = {storage for ... argument}:
./esc_closure_param_stored.go:27:25:     from ... argument (spill) at ./esc_closure_param_stored.go:27:13
./esc_closure_param_stored.go:27:25:     from fmt.Println(... argument...) (call parameter) at ./esc_closure_param_stored.go:27:13
./esc_closure_param_stored.go:22:2: moved to heap: done
./esc_closure_param_stored.go:19:11: func literal escapes to heap
./esc_closure_param_stored.go:23:10: func literal escapes to heap
./esc_closure_param_stored.go:27:13: ... argument does not escape
./esc_closure_param_stored.go:27:25: handlers[0](21) escapes to heap
./esc_closure_param_stored.go:27:25: done escapes to heap

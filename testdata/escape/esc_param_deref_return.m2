./esc_param_deref_return.go:11:13: parameter pp leaks to ~r0 with derefs=1:
./esc_param_deref_return.go:11:13:   flow: ~r0 = *pp:
./esc_param_deref_return.go:11:13:     from *pp (indirection) at ./esc_param_deref_return.go:12:9
./esc_param_deref_return.go:11:13:     from return *pp (return) at ./esc_param_deref_return.go:12:2
./esc_param_deref_return.go:11:13: leaking param: pp to result ~r0 level=1
./esc_param_deref_return.go:15:12: parameter h leaks to ~r0 with derefs=1:
./esc_param_deref_return.go:15:12:   flow: ~r0 = *h:
./esc_param_deref_return.go:15:12:     from h.ptr (dot of pointer) at ./esc_param_deref_return.go:16:10
./esc_param_deref_return.go:15:12:     from return h.ptr (return) at ./esc_param_deref_return.go:16:2
./esc_param_deref_return.go:15:12: leaking param: h to result ~r0 level=1
./esc_param_deref_return.go:19:12: parameter h leaks to ~r0 with derefs=1:
./esc_param_deref_return.go:19:12:   flow: ~r0 = *h:
./esc_param_deref_return.go:19:12:     from h.s (dot of pointer) at ./esc_param_deref_return.go:20:10
./esc_param_deref_return.go:19:12:     from return h.s (return) at ./esc_param_deref_return.go:20:2
./esc_param_deref_return.go:19:12: leaking param: h to result ~r0 level=1
./esc_param_deref_return.go:30:27: label(&h) escapes to heap:
./esc_param_deref_return.go:30:27:   flow: {storage for ... argument} = &{storage for label(&h)}:
./esc_param_deref_return.go:30:27:     from label(&h) (spill) at ./esc_param_deref_return.go:30:27
./esc_param_deref_return.go:30:27:     from ... argument (slice-literal-element) at ./esc_param_deref_return.go:30:13
./esc_param_deref_return.go:30:27:   flow: {heap} = {storage for ... argument}:
./esc_param_deref_return.go:30:27:     from ... argument (spill) at ./esc_param_deref_return.go:30:13
./esc_param_deref_return.go:30:27:     from fmt.Println(... argument...) (call parameter) at ./esc_param_deref_return.go:30:13
./esc_param_deref_return.go:30:18: *b escapes to heap:
./esc_param_deref_return.go:30:18:   flow: {storage for ... argument} = &{storage for *b}:
./esc_param_deref_return.go:30:18:     from *b (spill) at ./esc_param_deref_return.go:30:18
./esc_param_deref_return.go:30:18:     from ... argument (slice-literal-element) at ./esc_param_deref_return.go:30:13
./esc_param_deref_return.go:30:18:   flow: {heap} = {storage for ... argument}:
./esc_param_deref_return.go:30:18:     from ... argument (spill) at ./esc_param_deref_return.go:30:13
./esc_param_deref_return.go:30:18:     from fmt.Println(... argument...) (call parameter) at ./esc_param_deref_return.go:30:13
./esc_param_deref_return.go:30:14: *a escapes to heap:
./esc_param_deref_return.go:30:14:   flow: {storage for ... argument} = &{storage for *a}:
./esc_param_deref_return.go:30:14:     from *a (spill) at ./esc_param_deref_return.go:30:14
./esc_param_deref_return.go:30:14:     from ... argument (slice-literal-element) at ./esc_param_deref_return.go:30:13
./esc_param_deref_return.go:30:14:   flow: {heap} = {storage for ... argument}:
./esc_param_deref_return.go:30:14:     from ... argument (spill) at ./esc_param_deref_return.go:30:13
./esc_param_deref_return.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./esc_param_deref_return.go:30:13
./esc_param_deref_return.go:27:2: y escapes to heap:
./esc_param_deref_return.go:27:2:   flow: h = &y:
./esc_param_deref_return.go:27:2:     from &y (address-of) at ./esc_param_deref_return.go:28:19
./esc_param_deref_return.go:27:2:     from holder{...} (struct literal element) at ./esc_param_deref_return.go:28:13
./esc_param_deref_return.go:27:2:     from h := holder{...} (assign) at ./esc_param_deref_return.go:28:4
./esc_param_deref_return.go:27:2:   flow: {storage for label(&h)} = h:
./esc_param_deref_return.go:27:2:     from &h (address-of) at ./esc_param_deref_return.go:30:28
./esc_param_deref_return.go:27:2:     from label(&h) (call parameter) at ./esc_param_deref_return.go:30:27
./esc_param_deref_return.go:27:2:     from label(&h) (interface-converted) at ./esc_param_deref_return.go:30:27
./esc_param_deref_return.go:27:2: moved to heap: y
./esc_param_deref_return.go:30:13: ... argument does not escape
./esc_param_deref_return.go:30:14: *a escapes to heap
./esc_param_deref_return.go:30:18: *b escapes to heap
./esc_param_deref_return.go:30:27: label(&h) escapes to heap

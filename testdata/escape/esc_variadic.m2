./esc_variadic.go:8:10: xs does not escape
./esc_variadic.go:16:11: parameter xs leaks to {heap} with derefs=0:
./esc_variadic.go:16:11:   flow: {heap} = xs:
./esc_variadic.go:16:11:     from keptArgs = xs (assign) at ./esc_variadic.go:17:11
./esc_variadic.go:16:11: leaking param: xs
./esc_variadic.go:20:15: parameter ps leaks to ~r0 with derefs=1:
./esc_variadic.go:20:15:   flow: ~r0 = *ps:
./esc_variadic.go:20:15:     from ps[0] (dot of pointer) at ./esc_variadic.go:21:11
./esc_variadic.go:20:15:     from return ps[0] (return) at ./esc_variadic.go:21:2
./esc_variadic.go:20:15: leaking param: ps to result ~r0 level=1
./esc_variadic.go:27:6: ... argument escapes to heap:
./esc_variadic.go:27:6:   flow: {heap} = &{storage for ... argument}:
./esc_variadic.go:27:6:     from ... argument (spill) at ./esc_variadic.go:27:6
./esc_variadic.go:27:6:     from keep(... argument...) (call parameter) at ./esc_variadic.go:27:6
./esc_variadic.go:30:35: *p escapes to heap:
./esc_variadic.go:30:35:   flow: {storage for ... argument} = &{storage for *p}:
./esc_variadic.go:30:35:     from *p (spill) at ./esc_variadic.go:30:35
./esc_variadic.go:30:35:     from ... argument (slice-literal-element) at ./esc_variadic.go:30:13
./esc_variadic.go:30:35:   flow: {heap} = {storage for ... argument}:
./esc_variadic.go:30:35:     from ... argument (spill) at ./esc_variadic.go:30:13
./esc_variadic.go:30:35:     from fmt.Println(... argument...) (call parameter) at ./esc_variadic.go:30:13
./esc_variadic.go:30:23: len(keptArgs) escapes to heap:
./esc_variadic.go:30:23:   flow: {storage for ... argument} = &{storage for len(keptArgs)}:
./esc_variadic.go:30:23:     from len(keptArgs) (spill) at ./esc_variadic.go:30:23
./esc_variadic.go:30:23:     from ... argument (slice-literal-element) at ./esc_variadic.go:30:13
./esc_variadic.go:30:23:   flow: {heap} = {storage for ... argument}:
./esc_variadic.go:30:23:     from ... argument (spill) at ./esc_variadic.go:30:13
./esc_variadic.go:30:23:     from fmt.Println(... argument...) (call parameter) at ./esc_variadic.go:30:13
./esc_variadic.go:30:13: b escapes to heap:
./esc_variadic.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./esc_variadic.go:30:13:     from b (spill) at ./esc_variadic.go:30:13
./esc_variadic.go:30:13:     from ... argument (slice-literal-element) at ./esc_variadic.go:30:13
./esc_variadic.go:30:13:   flow: {heap} = {storage for ... argument}:
./esc_variadic.go:30:13:     from ... argument (spill) at ./esc_variadic.go:30:13
./esc_variadic.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./esc_variadic.go:30:13
./esc_variadic.go:30:13: a escapes to heap:
./esc_variadic.go:30:13:   flow: {storage for ... argument} = &{storage for a}:
./esc_variadic.go:30:13:     from a (spill) at ./esc_variadic.go:30:13
./esc_variadic.go:30:13:     from ... argument (slice-literal-element) at ./esc_variadic.go:30:13
./esc_variadic.go:30:13:   flow: {heap} = {storage for ... argument}:
./esc_variadic.go:30:13:     from ... argument (spill) at ./esc_variadic.go:30:13
./esc_variadic.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./esc_variadic.go:30:13
./esc_variadic.go:25:10: ... argument does not escape
./esc_variadic.go:27:6: ... argument escapes to heap
./esc_variadic.go:29:15: ... argument does not escape
./esc_variadic.go:30:13: ... argument does not escape
./esc_variadic.go:30:13: a escapes to heap
./esc_variadic.go:30:13: b escapes to heap
./esc_variadic.go:30:23: len(keptArgs) escapes to heap
./esc_variadic.go:30:35: *p escapes to heap

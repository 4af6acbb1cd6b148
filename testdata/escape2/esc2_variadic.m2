./esc2_variadic.go:7:14: parameter ps leaks to {heap} with derefs=1:
./esc2_variadic.go:7:14:   flow: {heap} = *ps:
./esc2_variadic.go:7:14:     from append(kept, ps...) (call parameter) at ./esc2_variadic.go:8:15
./esc2_variadic.go:7:14:     from append(kept, ps...) (appended slice...) at ./esc2_variadic.go:8:15
./esc2_variadic.go:7:14: leaking param content: ps
./esc2_variadic.go:11:10: xs does not escape
./esc2_variadic.go:19:14: parameter ps leaks to ~r0 with derefs=1:
./esc2_variadic.go:19:14:   flow: ~r0 = *ps:
./esc2_variadic.go:19:14:     from ps[0] (dot of pointer) at ./esc2_variadic.go:20:11
./esc2_variadic.go:19:14:     from return ps[0] (return) at ./esc2_variadic.go:20:2
./esc2_variadic.go:19:14: leaking param: ps to result ~r0 level=1
./esc2_variadic.go:24:5: b escapes to heap:
./esc2_variadic.go:24:5:   flow: {storage for ... argument} = &b:
./esc2_variadic.go:24:5:     from &b (address-of) at ./esc2_variadic.go:25:14
./esc2_variadic.go:24:5:     from ... argument (slice-literal-element) at ./esc2_variadic.go:25:9
./esc2_variadic.go:24:5:   flow: {heap} = {storage for ... argument}:
./esc2_variadic.go:24:5:     from ... argument (spill) at ./esc2_variadic.go:25:9
./esc2_variadic.go:24:5:     from keepAll(... argument...) (call parameter) at ./esc2_variadic.go:25:9
./esc2_variadic.go:24:2: a escapes to heap:
./esc2_variadic.go:24:2:   flow: {storage for ... argument} = &a:
./esc2_variadic.go:24:2:     from &a (address-of) at ./esc2_variadic.go:25:10
./esc2_variadic.go:24:2:     from ... argument (slice-literal-element) at ./esc2_variadic.go:25:9
./esc2_variadic.go:24:2:   flow: {heap} = {storage for ... argument}:
./esc2_variadic.go:24:2:     from ... argument (spill) at ./esc2_variadic.go:25:9
./esc2_variadic.go:24:2:     from keepAll(... argument...) (call parameter) at ./esc2_variadic.go:25:9
./esc2_variadic.go:24:2: moved to heap: a
./esc2_variadic.go:24:5: moved to heap: b
./esc2_variadic.go:25:9: ... argument does not escape
./esc2_variadic.go:26:13: ... argument does not escape
./esc2_variadic.go:26:32: ... argument does not escape

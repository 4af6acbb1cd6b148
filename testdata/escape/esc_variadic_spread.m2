./esc_variadic_spread.go:8:23: parameter parts leaks to ~r0 with derefs=1:
./esc_variadic_spread.go:8:23:   flow: {temp} = parts:
./esc_variadic_spread.go:8:23:   flow: p = *{temp}:
./esc_variadic_spread.go:8:23:     from for loop (range-deref) at ./esc_variadic_spread.go:10:14
./esc_variadic_spread.go:8:23:   flow: out = p:
./esc_variadic_spread.go:8:23:     from out += p (assign) at ./esc_variadic_spread.go:14:7
./esc_variadic_spread.go:8:23:   flow: ~r0 = out:
./esc_variadic_spread.go:8:23:     from return out (return) at ./esc_variadic_spread.go:16:2
./esc_variadic_spread.go:8:11: parameter sep leaks to ~r0 with derefs=0:
./esc_variadic_spread.go:8:11:   flow: out = sep:
./esc_variadic_spread.go:8:11:     from out += sep (assign) at ./esc_variadic_spread.go:12:8
./esc_variadic_spread.go:8:11:   flow: ~r0 = out:
./esc_variadic_spread.go:8:11:     from return out (return) at ./esc_variadic_spread.go:16:2
./esc_variadic_spread.go:8:11: leaking param: sep to result ~r0 level=0
./esc_variadic_spread.go:8:23: leaking param: parts to result ~r0 level=1
./esc_variadic_spread.go:19:11: parameter parts leaks to {heap} with derefs=0:
./esc_variadic_spread.go:19:11:   flow: {heap} = parts:
./esc_variadic_spread.go:19:11:     from saved = parts (assign) at ./esc_variadic_spread.go:20:8
./esc_variadic_spread.go:19:11: leaking param: parts
./esc_variadic_spread.go:30:20: j2 escapes to heap:
./esc_variadic_spread.go:30:20:   flow: {storage for ... argument} = &{storage for j2}:
./esc_variadic_spread.go:30:20:     from j2 (spill) at ./esc_variadic_spread.go:30:20
./esc_variadic_spread.go:30:20:     from ... argument (slice-literal-element) at ./esc_variadic_spread.go:30:13
./esc_variadic_spread.go:30:20:   flow: {heap} = {storage for ... argument}:
./esc_variadic_spread.go:30:20:     from ... argument (spill) at ./esc_variadic_spread.go:30:13
./esc_variadic_spread.go:30:20:     from fmt.Println(... argument...) (call parameter) at ./esc_variadic_spread.go:30:13
./esc_variadic_spread.go:30:20: len(saved) escapes to heap:
./esc_variadic_spread.go:30:20:   flow: {storage for ... argument} = &{storage for len(saved)}:
./esc_variadic_spread.go:30:20:     from len(saved) (spill) at ./esc_variadic_spread.go:30:20
./esc_variadic_spread.go:30:20:     from ... argument (slice-literal-element) at ./esc_variadic_spread.go:30:13
./esc_variadic_spread.go:30:20:   flow: {heap} = {storage for ... argument}:
./esc_variadic_spread.go:30:20:     from ... argument (spill) at ./esc_variadic_spread.go:30:13
./esc_variadic_spread.go:30:20:     from fmt.Println(... argument...) (call parameter) at ./esc_variadic_spread.go:30:13
./esc_variadic_spread.go:30:13: j escapes to heap:
./esc_variadic_spread.go:30:13:   flow: {storage for ... argument} = &{storage for j}:
./esc_variadic_spread.go:30:13:     from j (spill) at ./esc_variadic_spread.go:30:13
./esc_variadic_spread.go:30:13:     from ... argument (slice-literal-element) at ./esc_variadic_spread.go:30:13
./esc_variadic_spread.go:30:13:   flow: {heap} = {storage for ... argument}:
./esc_variadic_spread.go:30:13:     from ... argument (spill) at ./esc_variadic_spread.go:30:13
./esc_variadic_spread.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./esc_variadic_spread.go:30:13
./esc_variadic_spread.go:26:18: []string{...} escapes to heap:
./esc_variadic_spread.go:26:18:   flow: kept = &{storage for []string{...}}:
./esc_variadic_spread.go:26:18:     from []string{...} (spill) at ./esc_variadic_spread.go:26:18
./esc_variadic_spread.go:26:18:     from kept := []string{...} (assign) at ./esc_variadic_spread.go:26:7
./esc_variadic_spread.go:26:18:   flow: {heap} = kept:
./esc_variadic_spread.go:26:18:     from save(kept...) (call parameter) at ./esc_variadic_spread.go:27:6
./esc_variadic_spread.go:24:19: []string{...} does not escape
./esc_variadic_spread.go:26:18: []string{...} escapes to heap
./esc_variadic_spread.go:28:15: make([]string, 2) does not escape
./esc_variadic_spread.go:30:13: ... argument does not escape
./esc_variadic_spread.go:30:13: j escapes to heap
./esc_variadic_spread.go:30:20: len(saved) escapes to heap
./esc_variadic_spread.go:30:20: j2 escapes to heap

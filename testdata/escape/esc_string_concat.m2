./esc_string_concat.go:9:19: "hello, " + name escapes to heap:
./esc_string_concat.go:9:19:   flow: ~r0 = &{storage for "hello, " + name}:
./esc_string_concat.go:9:19:     from "hello, " + name (spill) at ./esc_string_concat.go:9:19
./esc_string_concat.go:9:19:     from return "hello, " + name (return) at ./esc_string_concat.go:9:2
./esc_string_concat.go:8:12: name does not escape
./esc_string_concat.go:9:19: "hello, " + name escapes to heap
./esc_string_concat.go:12:15: a does not escape
./esc_string_concat.go:12:18: b does not escape
./esc_string_concat.go:13:15: a + "/" + b does not escape
./esc_string_concat.go:18:15: a + b escapes to heap:
./esc_string_concat.go:18:15:   flow: {heap} = &{storage for a + b}:
./esc_string_concat.go:18:15:     from a + b (spill) at ./esc_string_concat.go:18:15
./esc_string_concat.go:18:15:     from greeting = a + b (assign) at ./esc_string_concat.go:18:11
./esc_string_concat.go:17:12: a does not escape
./esc_string_concat.go:17:15: b does not escape
./esc_string_concat.go:18:15: a + b escapes to heap
./esc_string_concat.go:21:12: parameter parts leaks to ~r0 with derefs=1:
./esc_string_concat.go:21:12:   flow: {temp} = parts:
./esc_string_concat.go:21:12:   flow: p = *{temp}:
./esc_string_concat.go:21:12:     from for loop (range-deref) at ./esc_string_concat.go:23:14
./esc_string_concat.go:21:12:   flow: s = p:
./esc_string_concat.go:21:12:     from s += p (assign) at ./esc_string_concat.go:24:5
./esc_string_concat.go:21:12:   flow: ~r0 = s:
./esc_string_concat.go:21:12:     from return s (return) at ./esc_string_concat.go:26:2
./esc_string_concat.go:21:12: leaking param: parts to result ~r0 level=1
./esc_string_concat.go:31:63: build([]string{...}) escapes to heap:
./esc_string_concat.go:31:63:   flow: {storage for ... argument} = &{storage for build([]string{...})}:
./esc_string_concat.go:31:63:     from build([]string{...}) (spill) at ./esc_string_concat.go:31:63
./esc_string_concat.go:31:63:     from ... argument (slice-literal-element) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:63:   flow: {heap} = {storage for ... argument}:
./esc_string_concat.go:31:63:     from ... argument (spill) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:63:     from fmt.Println(... argument...) (call parameter) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:36: greeting escapes to heap:
./esc_string_concat.go:31:36:   flow: {storage for ... argument} = &{storage for greeting}:
./esc_string_concat.go:31:36:     from greeting (spill) at ./esc_string_concat.go:31:36
./esc_string_concat.go:31:36:     from ... argument (slice-literal-element) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:36:   flow: {heap} = {storage for ... argument}:
./esc_string_concat.go:31:36:     from ... argument (spill) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:36:     from fmt.Println(... argument...) (call parameter) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:36: localLen("a", "b") escapes to heap:
./esc_string_concat.go:31:36:   flow: {storage for ... argument} = &{storage for localLen("a", "b")}:
./esc_string_concat.go:31:36:     from localLen("a", "b") (spill) at ./esc_string_concat.go:31:36
./esc_string_concat.go:31:36:     from ... argument (slice-literal-element) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:36:   flow: {heap} = {storage for ... argument}:
./esc_string_concat.go:31:36:     from ... argument (spill) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:36:     from fmt.Println(... argument...) (call parameter) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:19: greet("bob") escapes to heap:
./esc_string_concat.go:31:19:   flow: {storage for ... argument} = &{storage for greet("bob")}:
./esc_string_concat.go:31:19:     from greet("bob") (spill) at ./esc_string_concat.go:31:19
./esc_string_concat.go:31:19:     from ... argument (slice-literal-element) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:19:   flow: {heap} = {storage for ... argument}:
./esc_string_concat.go:31:19:     from ... argument (spill) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:19:     from fmt.Println(... argument...) (call parameter) at ./esc_string_concat.go:31:13
./esc_string_concat.go:31:13: ... argument does not escape
./esc_string_concat.go:31:19: greet("bob") escapes to heap
./esc_string_concat.go:31:36: localLen("a", "b") escapes to heap
./esc_string_concat.go:31:36: greeting escapes to heap
./esc_string_concat.go:31:63: build([]string{...}) escapes to heap
./esc_string_concat.go:31:72: []string{...} does not escape

./esc_method_value.go:10:7: c does not escape
./esc_method_value.go:19:16: f does not escape
./esc_method_value.go:26:8: c.inc does not escape
./esc_method_value.go:33:10: c.inc escapes to heap:
./esc_method_value.go:33:10:   flow: ~r0 = &{storage for c.inc}:
./esc_method_value.go:33:10:     from c.inc (spill) at ./esc_method_value.go:33:10
./esc_method_value.go:33:10:     from return c.inc (return) at ./esc_method_value.go:33:2
./esc_method_value.go:32:7: &counter{...} escapes to heap:
./esc_method_value.go:32:7:   flow: c = &{storage for &counter{...}}:
./esc_method_value.go:32:7:     from &counter{...} (spill) at ./esc_method_value.go:32:7
./esc_method_value.go:32:7:     from c := &counter{...} (assign) at ./esc_method_value.go:32:4
./esc_method_value.go:32:7:   flow: {temp} = c:
./esc_method_value.go:32:7:   flow: {storage for c.inc} = {temp}:
./esc_method_value.go:32:7: &counter{...} escapes to heap
./esc_method_value.go:33:10: c.inc escapes to heap
./esc_method_value.go:38:8: c.get does not escape
./esc_method_value.go:45:39: valueMethod() escapes to heap:
./esc_method_value.go:45:39:   flow: {storage for ... argument} = &{storage for valueMethod()}:
./esc_method_value.go:45:39:     from valueMethod() (spill) at ./esc_method_value.go:45:39
./esc_method_value.go:45:39:     from ... argument (slice-literal-element) at ./esc_method_value.go:45:13
./esc_method_value.go:45:39:   flow: {heap} = {storage for ... argument}:
./esc_method_value.go:45:39:     from ... argument (spill) at ./esc_method_value.go:45:13
./esc_method_value.go:45:39:     from fmt.Println(... argument...) (call parameter) at ./esc_method_value.go:45:13
./esc_method_value.go:45:24: b() escapes to heap:
./esc_method_value.go:45:24:   flow: {storage for ... argument} = &{storage for b()}:
./esc_method_value.go:45:24:     from b() (spill) at ./esc_method_value.go:45:24
./esc_method_value.go:45:24:     from ... argument (slice-literal-element) at ./esc_method_value.go:45:13
./esc_method_value.go:45:24:   flow: {heap} = {storage for ... argument}:
./esc_method_value.go:45:24:     from ... argument (spill) at ./esc_method_value.go:45:13
./esc_method_value.go:45:24:     from fmt.Println(... argument...) (call parameter) at ./esc_method_value.go:45:13
./esc_method_value.go:45:19: local() escapes to heap:
./esc_method_value.go:45:19:   flow: {storage for ... argument} = &{storage for local()}:
./esc_method_value.go:45:19:     from local() (spill) at ./esc_method_value.go:45:19
./esc_method_value.go:45:19:     from ... argument (slice-literal-element) at ./esc_method_value.go:45:13
./esc_method_value.go:45:19:   flow: {heap} = {storage for ... argument}:
./esc_method_value.go:45:19:     from ... argument (spill) at ./esc_method_value.go:45:13
./esc_method_value.go:45:19:     from fmt.Println(... argument...) (call parameter) at ./esc_method_value.go:45:13
./esc_method_value.go:45:13: ... argument does not escape
./esc_method_value.go:45:19: local() escapes to heap
./esc_method_value.go:45:24: b() escapes to heap
./esc_method_value.go:45:39: valueMethod() escapes to heap

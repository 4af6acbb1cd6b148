./esc_composite_addr.go:12:9: &config{...} escapes to heap:
./esc_composite_addr.go:12:9:   flow: ~r0 = &{storage for &config{...}}:
./esc_composite_addr.go:12:9:     from &config{...} (spill) at ./esc_composite_addr.go:12:9
./esc_composite_addr.go:12:9:     from return &config{...} (return) at ./esc_composite_addr.go:12:2
./esc_composite_addr.go:12:9: &config{...} escapes to heap
./esc_composite_addr.go:15:14: name does not escape
./esc_composite_addr.go:16:7: &config{...} does not escape
./esc_composite_addr.go:24:7: &config{...} escapes to heap:
./esc_composite_addr.go:24:7:   flow: a = &{storage for &config{...}}:
./esc_composite_addr.go:24:7:     from &config{...} (spill) at ./esc_composite_addr.go:24:7
./esc_composite_addr.go:24:7:     from a := &config{...} (assign) at ./esc_composite_addr.go:24:4
./esc_composite_addr.go:24:7:   flow: ~r0 = a:
./esc_composite_addr.go:24:7:     from return a, b.level (return) at ./esc_composite_addr.go:26:2
./esc_composite_addr.go:24:7: &config{...} escapes to heap
./esc_composite_addr.go:25:7: &config{...} does not escape
./esc_composite_addr.go:32:41: lv escapes to heap:
./esc_composite_addr.go:32:41:   flow: {storage for ... argument} = &{storage for lv}:
./esc_composite_addr.go:32:41:     from lv (spill) at ./esc_composite_addr.go:32:41
./esc_composite_addr.go:32:41:     from ... argument (slice-literal-element) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:41:   flow: {heap} = {storage for ... argument}:
./esc_composite_addr.go:32:41:     from ... argument (spill) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:41:     from fmt.Println(... argument...) (call parameter) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:41: a.name escapes to heap:
./esc_composite_addr.go:32:41:   flow: {storage for ... argument} = &{storage for a.name}:
./esc_composite_addr.go:32:41:     from a.name (spill) at ./esc_composite_addr.go:32:41
./esc_composite_addr.go:32:41:     from ... argument (slice-literal-element) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:41:   flow: {heap} = {storage for ... argument}:
./esc_composite_addr.go:32:41:     from ... argument (spill) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:41:     from fmt.Println(... argument...) (call parameter) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:29: levelOf("hello") escapes to heap:
./esc_composite_addr.go:32:29:   flow: {storage for ... argument} = &{storage for levelOf("hello")}:
./esc_composite_addr.go:32:29:     from levelOf("hello") (spill) at ./esc_composite_addr.go:32:29
./esc_composite_addr.go:32:29:     from ... argument (slice-literal-element) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:29:   flow: {heap} = {storage for ... argument}:
./esc_composite_addr.go:32:29:     from ... argument (spill) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:29:     from fmt.Println(... argument...) (call parameter) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:15: c.name escapes to heap:
./esc_composite_addr.go:32:15:   flow: {storage for ... argument} = &{storage for c.name}:
./esc_composite_addr.go:32:15:     from c.name (spill) at ./esc_composite_addr.go:32:15
./esc_composite_addr.go:32:15:     from ... argument (slice-literal-element) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:15:   flow: {heap} = {storage for ... argument}:
./esc_composite_addr.go:32:15:     from ... argument (spill) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./esc_composite_addr.go:32:13
./esc_composite_addr.go:32:13: ... argument does not escape
./esc_composite_addr.go:32:15: c.name escapes to heap
./esc_composite_addr.go:32:29: levelOf("hello") escapes to heap
./esc_composite_addr.go:32:41: a.name escapes to heap
./esc_composite_addr.go:32:41: lv escapes to heap

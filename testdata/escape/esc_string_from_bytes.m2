./esc_string_from_bytes.go:9:15: string(b) escapes to heap:
./esc_string_from_bytes.go:9:15:   flow: ~r0 = &{storage for string(b)}:
./esc_string_from_bytes.go:9:15:     from string(b) (spill) at ./esc_string_from_bytes.go:9:15
./esc_string_from_bytes.go:9:15:     from return string(b) (return) at ./esc_string_from_bytes.go:9:2
./esc_string_from_bytes.go:8:15: b does not escape
./esc_string_from_bytes.go:9:15: string(b) escapes to heap
./esc_string_from_bytes.go:12:15: b does not escape
./esc_string_from_bytes.go:13:15: string(b) does not escape
./esc_string_from_bytes.go:16:15: b does not escape
./esc_string_from_bytes.go:17:13: string(b) does not escape
./esc_string_from_bytes.go:22:15: string(b) escapes to heap:
./esc_string_from_bytes.go:22:15:   flow: {heap} = &{storage for string(b)}:
./esc_string_from_bytes.go:22:15:     from string(b) (spill) at ./esc_string_from_bytes.go:22:15
./esc_string_from_bytes.go:22:15:     from last = string(b) (assign) at ./esc_string_from_bytes.go:22:7
./esc_string_from_bytes.go:21:11: b does not escape
./esc_string_from_bytes.go:22:15: string(b) escapes to heap
./esc_string_from_bytes.go:28:48: last escapes to heap:
./esc_string_from_bytes.go:28:48:   flow: {storage for ... argument} = &{storage for last}:
./esc_string_from_bytes.go:28:48:     from last (spill) at ./esc_string_from_bytes.go:28:48
./esc_string_from_bytes.go:28:48:     from ... argument (slice-literal-element) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:48:   flow: {heap} = {storage for ... argument}:
./esc_string_from_bytes.go:28:48:     from ... argument (spill) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:48:     from fmt.Println(... argument...) (call parameter) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:48: localLen(b) escapes to heap:
./esc_string_from_bytes.go:28:48:   flow: {storage for ... argument} = &{storage for localLen(b)}:
./esc_string_from_bytes.go:28:48:     from localLen(b) (spill) at ./esc_string_from_bytes.go:28:48
./esc_string_from_bytes.go:28:48:     from ... argument (slice-literal-element) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:48:   flow: {heap} = {storage for ... argument}:
./esc_string_from_bytes.go:28:48:     from ... argument (spill) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:48:     from fmt.Println(... argument...) (call parameter) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:35: equalsHi(b) escapes to heap:
./esc_string_from_bytes.go:28:35:   flow: {storage for ... argument} = &{storage for equalsHi(b)}:
./esc_string_from_bytes.go:28:35:     from equalsHi(b) (spill) at ./esc_string_from_bytes.go:28:35
./esc_string_from_bytes.go:28:35:     from ... argument (slice-literal-element) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:35:   flow: {heap} = {storage for ... argument}:
./esc_string_from_bytes.go:28:35:     from ... argument (spill) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:35:     from fmt.Println(... argument...) (call parameter) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:22: toString(b) escapes to heap:
./esc_string_from_bytes.go:28:22:   flow: {storage for ... argument} = &{storage for toString(b)}:
./esc_string_from_bytes.go:28:22:     from toString(b) (spill) at ./esc_string_from_bytes.go:28:22
./esc_string_from_bytes.go:28:22:     from ... argument (slice-literal-element) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:22:   flow: {heap} = {storage for ... argument}:
./esc_string_from_bytes.go:28:22:     from ... argument (spill) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./esc_string_from_bytes.go:28:13
./esc_string_from_bytes.go:26:13: []byte{...} does not escape
./esc_string_from_bytes.go:28:13: ... argument does not escape
./esc_string_from_bytes.go:28:22: toString(b) escapes to heap
./esc_string_from_bytes.go:28:35: equalsHi(b) escapes to heap
./esc_string_from_bytes.go:28:48: localLen(b) escapes to heap
./esc_string_from_bytes.go:28:48: last escapes to heap

./esc_string_bytes.go:6:13: s does not escape
./esc_string_bytes.go:7:13: ([]byte)(s) does not escape
./esc_string_bytes.go:18:13: ([]byte)(s) escapes to heap:
./esc_string_bytes.go:18:13:   flow: b = &{storage for ([]byte)(s)}:
./esc_string_bytes.go:18:13:     from ([]byte)(s) (spill) at ./esc_string_bytes.go:18:13
./esc_string_bytes.go:18:13:     from b := ([]byte)(s) (assign) at ./esc_string_bytes.go:18:4
./esc_string_bytes.go:18:13:   flow: ~r0 = b:
./esc_string_bytes.go:18:13:     from return b (return) at ./esc_string_bytes.go:24:2
./esc_string_bytes.go:17:12: s does not escape
./esc_string_bytes.go:18:13: ([]byte)(s) escapes to heap
./esc_string_bytes.go:28:13: ([]byte)("constant") does not escape
./esc_string_bytes.go:34:56: constBytes() escapes to heap:
./esc_string_bytes.go:34:56:   flow: {storage for ... argument} = &{storage for constBytes()}:
./esc_string_bytes.go:34:56:     from constBytes() (spill) at ./esc_string_bytes.go:34:56
./esc_string_bytes.go:34:56:     from ... argument (slice-literal-element) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:56:   flow: {heap} = {storage for ... argument}:
./esc_string_bytes.go:34:56:     from ... argument (spill) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:56:     from fmt.Println(... argument...) (call parameter) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:41: u[0] escapes to heap:
./esc_string_bytes.go:34:41:   flow: {storage for ... argument} = &{storage for u[0]}:
./esc_string_bytes.go:34:41:     from u[0] (spill) at ./esc_string_bytes.go:34:41
./esc_string_bytes.go:34:41:     from ... argument (slice-literal-element) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:41:   flow: {heap} = {storage for ... argument}:
./esc_string_bytes.go:34:41:     from ... argument (spill) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:41:     from fmt.Println(... argument...) (call parameter) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:35: len(u) escapes to heap:
./esc_string_bytes.go:34:35:   flow: {storage for ... argument} = &{storage for len(u)}:
./esc_string_bytes.go:34:35:     from len(u) (spill) at ./esc_string_bytes.go:34:35
./esc_string_bytes.go:34:35:     from ... argument (slice-literal-element) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:35:   flow: {heap} = {storage for ... argument}:
./esc_string_bytes.go:34:35:     from ... argument (spill) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:35:     from fmt.Println(... argument...) (call parameter) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:20: countA("banana") escapes to heap:
./esc_string_bytes.go:34:20:   flow: {storage for ... argument} = &{storage for countA("banana")}:
./esc_string_bytes.go:34:20:     from countA("banana") (spill) at ./esc_string_bytes.go:34:20
./esc_string_bytes.go:34:20:     from ... argument (slice-literal-element) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:20:   flow: {heap} = {storage for ... argument}:
./esc_string_bytes.go:34:20:     from ... argument (spill) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:20:     from fmt.Println(... argument...) (call parameter) at ./esc_string_bytes.go:34:13
./esc_string_bytes.go:34:13: ... argument does not escape
./esc_string_bytes.go:34:20: countA("banana") escapes to heap
./esc_string_bytes.go:34:35: len(u) escapes to heap
./esc_string_bytes.go:34:41: u[0] escapes to heap
./esc_string_bytes.go:34:56: constBytes() escapes to heap

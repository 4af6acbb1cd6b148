./esc_strconv_itoa.go:10:13: "#" + strconv.Itoa(n) escapes to heap:
./esc_strconv_itoa.go:10:13:   flow: ~r0 = &{storage for "#" + strconv.Itoa(n)}:
./esc_strconv_itoa.go:10:13:     from "#" + strconv.Itoa(n) (spill) at ./esc_strconv_itoa.go:10:13
./esc_strconv_itoa.go:10:13:     from return "#" + strconv.Itoa(n) (return) at ./esc_strconv_itoa.go:10:2
./esc_strconv_itoa.go:10:13: "#" + strconv.Itoa(n) escapes to heap
./esc_strconv_itoa.go:19:13: make([]string, 0, n) escapes to heap:
./esc_strconv_itoa.go:19:13:   flow: {heap} = &{storage for make([]string, 0, n)}:
./esc_strconv_itoa.go:19:13:     from make([]string, 0, n) (non-constant size) at ./esc_strconv_itoa.go:19:13
./esc_strconv_itoa.go:19:13: make([]string, 0, n) escapes to heap
./esc_strconv_itoa.go:28:41: ls[2] escapes to heap:
./esc_strconv_itoa.go:28:41:   flow: {storage for ... argument} = &{storage for ls[2]}:
./esc_strconv_itoa.go:28:41:     from ls[2] (spill) at ./esc_strconv_itoa.go:28:41
./esc_strconv_itoa.go:28:41:     from ... argument (slice-literal-element) at ./esc_strconv_itoa.go:28:13
./esc_strconv_itoa.go:28:41:   flow: {heap} = {storage for ... argument}:
./esc_strconv_itoa.go:28:41:     from ... argument (spill) at ./esc_strconv_itoa.go:28:13
./esc_strconv_itoa.go:28:41:     from fmt.Println(... argument...) (call parameter) at ./esc_strconv_itoa.go:28:13
./esc_strconv_itoa.go:28:30: digits(12345) escapes to heap:
./esc_strconv_itoa.go:28:30:   flow: {storage for ... argument} = &{storage for digits(12345)}:
./esc_strconv_itoa.go:28:30:     from digits(12345) (spill) at ./esc_strconv_itoa.go:28:30
./esc_strconv_itoa.go:28:30:     from ... argument (slice-literal-element) at ./esc_strconv_itoa.go:28:13
./esc_strconv_itoa.go:28:30:   flow: {heap} = {storage for ... argument}:
./esc_strconv_itoa.go:28:30:     from ... argument (spill) at ./esc_strconv_itoa.go:28:13
./esc_strconv_itoa.go:28:30:     from fmt.Println(... argument...) (call parameter) at ./esc_strconv_itoa.go:28:13
./esc_strconv_itoa.go:28:19: label(7) escapes to heap:
./esc_strconv_itoa.go:28:19:   flow: {storage for ... argument} = &{storage for label(7)}:
./esc_strconv_itoa.go:28:19:     from label(7) (spill) at ./esc_strconv_itoa.go:28:19
./esc_strconv_itoa.go:28:19:     from ... argument (slice-literal-element) at ./esc_strconv_itoa.go:28:13
./esc_strconv_itoa.go:28:19:   flow: {heap} = {storage for ... argument}:
./esc_strconv_itoa.go:28:19:     from ... argument (spill) at ./esc_strconv_itoa.go:28:13
./esc_strconv_itoa.go:28:19:     from fmt.Println(... argument...) (call parameter) at ./esc_strconv_itoa.go:28:13
./esc_strconv_itoa.go:28:13: ... argument does not escape
./esc_strconv_itoa.go:28:19: label(7) escapes to heap
./esc_strconv_itoa.go:28:30: digits(12345) escapes to heap
./esc_strconv_itoa.go:28:41: ls[2] escapes to heap

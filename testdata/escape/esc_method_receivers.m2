./esc_method_receivers.go:12:7: v does not escape
./esc_method_receivers.go:17:7: v does not escape
./esc_method_receivers.go:28:38: vec.sum(p) escapes to heap:
./esc_method_receivers.go:28:38:   flow: {storage for ... argument} = &{storage for vec.sum(p)}:
./esc_method_receivers.go:28:38:     from vec.sum(p) (spill) at ./esc_method_receivers.go:28:38
./esc_method_receivers.go:28:38:     from ... argument (slice-literal-element) at ./esc_method_receivers.go:28:13
./esc_method_receivers.go:28:38:   flow: {heap} = {storage for ... argument}:
./esc_method_receivers.go:28:38:     from ... argument (spill) at ./esc_method_receivers.go:28:13
./esc_method_receivers.go:28:38:     from fmt.Println(... argument...) (call parameter) at ./esc_method_receivers.go:28:13
./esc_method_receivers.go:28:29: (*vec).len2(p) escapes to heap:
./esc_method_receivers.go:28:29:   flow: {storage for ... argument} = &{storage for (*vec).len2(p)}:
./esc_method_receivers.go:28:29:     from (*vec).len2(p) (spill) at ./esc_method_receivers.go:28:29
./esc_method_receivers.go:28:29:     from ... argument (slice-literal-element) at ./esc_method_receivers.go:28:13
./esc_method_receivers.go:28:29:   flow: {heap} = {storage for ... argument}:
./esc_method_receivers.go:28:29:     from ... argument (spill) at ./esc_method_receivers.go:28:13
./esc_method_receivers.go:28:29:     from fmt.Println(... argument...) (call parameter) at ./esc_method_receivers.go:28:13
./esc_method_receivers.go:28:19: vec.sum(a) escapes to heap:
./esc_method_receivers.go:28:19:   flow: {storage for ... argument} = &{storage for vec.sum(a)}:
./esc_method_receivers.go:28:19:     from vec.sum(a) (spill) at ./esc_method_receivers.go:28:19
./esc_method_receivers.go:28:19:     from ... argument (slice-literal-element) at ./esc_method_receivers.go:28:13
./esc_method_receivers.go:28:19:   flow: {heap} = {storage for ... argument}:
./esc_method_receivers.go:28:19:     from ... argument (spill) at ./esc_method_receivers.go:28:13
./esc_method_receivers.go:28:19:     from fmt.Println(... argument...) (call parameter) at ./esc_method_receivers.go:28:13
./esc_method_receivers.go:28:13: ... argument does not escape
./esc_method_receivers.go:28:19: vec.sum(a) escapes to heap
./esc_method_receivers.go:28:29: (*vec).len2(p) escapes to heap
./esc_method_receivers.go:28:38: vec.sum(p) escapes to heap

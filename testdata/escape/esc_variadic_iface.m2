./esc_variadic_iface.go:6:26: parameter args leaks to {heap} with derefs=1:
./esc_variadic_iface.go:6:26:   flow: {heap} = *args:
./esc_variadic_iface.go:6:26:     from fmt.Sprint(args...) (call parameter) at ./esc_variadic_iface.go:7:28
./esc_variadic_iface.go:7:16: prefix + fmt.Sprint(args...) escapes to heap:
./esc_variadic_iface.go:7:16:   flow: ~r0 = &{storage for prefix + fmt.Sprint(args...)}:
./esc_variadic_iface.go:7:16:     from prefix + fmt.Sprint(args...) (spill) at ./esc_variadic_iface.go:7:16
./esc_variadic_iface.go:7:16:     from return prefix + fmt.Sprint(args...) (return) at ./esc_variadic_iface.go:7:2
./esc_variadic_iface.go:6:11: prefix does not escape
./esc_variadic_iface.go:6:26: leaking param content: args
./esc_variadic_iface.go:7:16: prefix + fmt.Sprint(args...) escapes to heap
./esc_variadic_iface.go:10:12: args does not escape
./esc_variadic_iface.go:20:13: c escapes to heap:
./esc_variadic_iface.go:20:13:   flow: {storage for ... argument} = &{storage for c}:
./esc_variadic_iface.go:20:13:     from c (spill) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13:     from ... argument (slice-literal-element) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13:   flow: {heap} = {storage for ... argument}:
./esc_variadic_iface.go:20:13:     from ... argument (spill) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13: b escapes to heap:
./esc_variadic_iface.go:20:13:   flow: {storage for ... argument} = &{storage for b}:
./esc_variadic_iface.go:20:13:     from b (spill) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13:     from ... argument (slice-literal-element) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13:   flow: {heap} = {storage for ... argument}:
./esc_variadic_iface.go:20:13:     from ... argument (spill) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13: a escapes to heap:
./esc_variadic_iface.go:20:13:   flow: {storage for ... argument} = &{storage for a}:
./esc_variadic_iface.go:20:13:     from a (spill) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13:     from ... argument (slice-literal-element) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13:   flow: {heap} = {storage for ... argument}:
./esc_variadic_iface.go:20:13:     from ... argument (spill) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./esc_variadic_iface.go:20:13
./esc_variadic_iface.go:17:12: s escapes to heap:
./esc_variadic_iface.go:17:12:   flow: {storage for ... argument} = &{storage for s}:
./esc_variadic_iface.go:17:12:     from s (spill) at ./esc_variadic_iface.go:17:12
./esc_variadic_iface.go:17:12:     from ... argument (slice-literal-element) at ./esc_variadic_iface.go:17:11
./esc_variadic_iface.go:17:12:   flow: {heap} = {storage for ... argument}:
./esc_variadic_iface.go:17:12:     from ... argument (spill) at ./esc_variadic_iface.go:17:11
./esc_variadic_iface.go:17:12:     from logf("> ", ... argument...) (call parameter) at ./esc_variadic_iface.go:17:11
./esc_variadic_iface.go:17:12: n escapes to heap:
./esc_variadic_iface.go:17:12:   flow: {storage for ... argument} = &{storage for n}:
./esc_variadic_iface.go:17:12:     from n (spill) at ./esc_variadic_iface.go:17:12
./esc_variadic_iface.go:17:12:     from ... argument (slice-literal-element) at ./esc_variadic_iface.go:17:11
./esc_variadic_iface.go:17:12:   flow: {heap} = {storage for ... argument}:
./esc_variadic_iface.go:17:12:     from ... argument (spill) at ./esc_variadic_iface.go:17:11
./esc_variadic_iface.go:17:12:     from logf("> ", ... argument...) (call parameter) at ./esc_variadic_iface.go:17:11
./esc_variadic_iface.go:17:11: ... argument does not escape
./esc_variadic_iface.go:17:12: n escapes to heap
./esc_variadic_iface.go:17:12: s escapes to heap
./esc_variadic_iface.go:18:12: ... argument does not escape
./esc_variadic_iface.go:18:12: n does not escape
./esc_variadic_iface.go:18:12: s does not escape
./esc_variadic_iface.go:18:19: true does not escape
./esc_variadic_iface.go:20:13: ... argument does not escape
./esc_variadic_iface.go:20:13: a escapes to heap
./esc_variadic_iface.go:20:13: b escapes to heap
./esc_variadic_iface.go:20:13: c escapes to heap

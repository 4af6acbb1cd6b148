./esc_sprintf.go:11:38: p.y escapes to heap:
./esc_sprintf.go:11:38:   flow: {storage for ... argument} = &{storage for p.y}:
./esc_sprintf.go:11:38:     from p.y (spill) at ./esc_sprintf.go:11:38
./esc_sprintf.go:11:38:     from ... argument (slice-literal-element) at ./esc_sprintf.go:11:20
./esc_sprintf.go:11:38:   flow: {heap} = {storage for ... argument}:
./esc_sprintf.go:11:38:     from ... argument (spill) at ./esc_sprintf.go:11:20
./esc_sprintf.go:11:38:     from fmt.Sprintf("(%d,%d)", ... argument...) (call parameter) at ./esc_sprintf.go:11:20
./esc_sprintf.go:11:33: p.x escapes to heap:
./esc_sprintf.go:11:33:   flow: {storage for ... argument} = &{storage for p.x}:
./esc_sprintf.go:11:33:     from p.x (spill) at ./esc_sprintf.go:11:33
./esc_sprintf.go:11:33:     from ... argument (slice-literal-element) at ./esc_sprintf.go:11:20
./esc_sprintf.go:11:33:   flow: {heap} = {storage for ... argument}:
./esc_sprintf.go:11:33:     from ... argument (spill) at ./esc_sprintf.go:11:20
./esc_sprintf.go:11:33:     from fmt.Sprintf("(%d,%d)", ... argument...) (call parameter) at ./esc_sprintf.go:11:20
./esc_sprintf.go:11:20: ... argument does not escape
./esc_sprintf.go:11:33: p.x escapes to heap
./esc_sprintf.go:11:38: p.y escapes to heap
./esc_sprintf.go:14:16: parameter p leaks to {heap} with derefs=0:
./esc_sprintf.go:14:16:   flow: {storage for ... argument} = p:
./esc_sprintf.go:14:16:     from p (interface-converted) at ./esc_sprintf.go:15:19
./esc_sprintf.go:14:16:     from ... argument (slice-literal-element) at ./esc_sprintf.go:15:19
./esc_sprintf.go:14:16:   flow: {heap} = {storage for ... argument}:
./esc_sprintf.go:14:16:     from ... argument (spill) at ./esc_sprintf.go:15:19
./esc_sprintf.go:14:16:     from fmt.Sprint(... argument...) (call parameter) at ./esc_sprintf.go:15:19
./esc_sprintf.go:14:16: leaking param: p
./esc_sprintf.go:15:19: ... argument does not escape
./esc_sprintf.go:19:21: s escapes to heap:
./esc_sprintf.go:19:21:   flow: {storage for ... argument} = &{storage for s}:
./esc_sprintf.go:19:21:     from s (spill) at ./esc_sprintf.go:19:21
./esc_sprintf.go:19:21:     from ... argument (slice-literal-element) at ./esc_sprintf.go:19:20
./esc_sprintf.go:19:21:   flow: {heap} = {storage for ... argument}:
./esc_sprintf.go:19:21:     from ... argument (spill) at ./esc_sprintf.go:19:20
./esc_sprintf.go:19:21:     from fmt.Sprintf("%d-%s", ... argument...) (call parameter) at ./esc_sprintf.go:19:20
./esc_sprintf.go:19:21: n escapes to heap:
./esc_sprintf.go:19:21:   flow: {storage for ... argument} = &{storage for n}:
./esc_sprintf.go:19:21:     from n (spill) at ./esc_sprintf.go:19:21
./esc_sprintf.go:19:21:     from ... argument (slice-literal-element) at ./esc_sprintf.go:19:20
./esc_sprintf.go:19:21:   flow: {heap} = {storage for ... argument}:
./esc_sprintf.go:19:21:     from ... argument (spill) at ./esc_sprintf.go:19:20
./esc_sprintf.go:19:21:     from fmt.Sprintf("%d-%s", ... argument...) (call parameter) at ./esc_sprintf.go:19:20
./esc_sprintf.go:18:22: parameter s leaks to {storage for s} with derefs=0:
./esc_sprintf.go:18:22:   flow: {storage for s} = s:
./esc_sprintf.go:18:22:     from s (interface-converted) at ./esc_sprintf.go:19:21
./esc_sprintf.go:18:22: leaking param: s
./esc_sprintf.go:19:20: ... argument does not escape
./esc_sprintf.go:19:21: n escapes to heap
./esc_sprintf.go:19:21: s escapes to heap
./esc_sprintf.go:24:2: p escapes to heap:
./esc_sprintf.go:24:2:   flow: {heap} = &p:
./esc_sprintf.go:24:2:     from &p (address-of) at ./esc_sprintf.go:25:35
./esc_sprintf.go:24:2:     from formatPtr(&p) (call parameter) at ./esc_sprintf.go:25:34
./esc_sprintf.go:25:48: localLen(3, "x") escapes to heap:
./esc_sprintf.go:25:48:   flow: {storage for ... argument} = &{storage for localLen(3, "x")}:
./esc_sprintf.go:25:48:     from localLen(3, "x") (spill) at ./esc_sprintf.go:25:48
./esc_sprintf.go:25:48:     from ... argument (slice-literal-element) at ./esc_sprintf.go:25:13
./esc_sprintf.go:25:48:   flow: {heap} = {storage for ... argument}:
./esc_sprintf.go:25:48:     from ... argument (spill) at ./esc_sprintf.go:25:13
./esc_sprintf.go:25:48:     from fmt.Println(... argument...) (call parameter) at ./esc_sprintf.go:25:13
./esc_sprintf.go:25:34: formatPtr(&p) escapes to heap:
./esc_sprintf.go:25:34:   flow: {storage for ... argument} = &{storage for formatPtr(&p)}:
./esc_sprintf.go:25:34:     from formatPtr(&p) (spill) at ./esc_sprintf.go:25:34
./esc_sprintf.go:25:34:     from ... argument (slice-literal-element) at ./esc_sprintf.go:25:13
./esc_sprintf.go:25:34:   flow: {heap} = {storage for ... argument}:
./esc_sprintf.go:25:34:     from ... argument (spill) at ./esc_sprintf.go:25:13
./esc_sprintf.go:25:34:     from fmt.Println(... argument...) (call parameter) at ./esc_sprintf.go:25:13
./esc_sprintf.go:25:20: format(p) escapes to heap:
./esc_sprintf.go:25:20:   flow: {storage for ... argument} = &{storage for format(p)}:
./esc_sprintf.go:25:20:     from format(p) (spill) at ./esc_sprintf.go:25:20
./esc_sprintf.go:25:20:     from ... argument (slice-literal-element) at ./esc_sprintf.go:25:13
./esc_sprintf.go:25:20:   flow: {heap} = {storage for ... argument}:
./esc_sprintf.go:25:20:     from ... argument (spill) at ./esc_sprintf.go:25:13
./esc_sprintf.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./esc_sprintf.go:25:13
./esc_sprintf.go:24:2: moved to heap: p
./esc_sprintf.go:25:13: ... argument does not escape
./esc_sprintf.go:25:20: format(p) escapes to heap
./esc_sprintf.go:25:34: formatPtr(&p) escapes to heap
./esc_sprintf.go:25:48: localLen(3, "x") escapes to heap

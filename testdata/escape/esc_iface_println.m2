./esc_iface_println.go:11:13: n escapes to heap:
./esc_iface_println.go:11:13:   flow: {storage for ... argument} = &{storage for n}:
./esc_iface_println.go:11:13:     from n (spill) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13:     from ... argument (slice-literal-element) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13:   flow: {heap} = {storage for ... argument}:
./esc_iface_println.go:11:13:     from ... argument (spill) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13: s escapes to heap:
./esc_iface_println.go:11:13:   flow: {storage for ... argument} = &{storage for s}:
./esc_iface_println.go:11:13:     from s (spill) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13:     from ... argument (slice-literal-element) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13:   flow: {heap} = {storage for ... argument}:
./esc_iface_println.go:11:13:     from ... argument (spill) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13: p escapes to heap:
./esc_iface_println.go:11:13:   flow: {storage for ... argument} = &{storage for p}:
./esc_iface_println.go:11:13:     from p (spill) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13:     from ... argument (slice-literal-element) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13:   flow: {heap} = {storage for ... argument}:
./esc_iface_println.go:11:13:     from ... argument (spill) at ./esc_iface_println.go:11:13
./esc_iface_println.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_println.go:11:13
./esc_iface_println.go:10:20: parameter s leaks to {storage for s} with derefs=0:
./esc_iface_println.go:10:20:   flow: {storage for s} = s:
./esc_iface_println.go:10:20:     from s (interface-converted) at ./esc_iface_println.go:11:13
./esc_iface_println.go:10:20: leaking param: s
./esc_iface_println.go:11:13: ... argument does not escape
./esc_iface_println.go:11:13: p escapes to heap
./esc_iface_println.go:11:13: s escapes to heap
./esc_iface_println.go:11:13: n escapes to heap
./esc_iface_println.go:14:14: parameter p leaks to {heap} with derefs=0:
./esc_iface_println.go:14:14:   flow: {storage for ... argument} = p:
./esc_iface_println.go:14:14:     from p (interface-converted) at ./esc_iface_println.go:15:13
./esc_iface_println.go:14:14:     from ... argument (slice-literal-element) at ./esc_iface_println.go:15:13
./esc_iface_println.go:14:14:   flow: {heap} = {storage for ... argument}:
./esc_iface_println.go:14:14:     from ... argument (spill) at ./esc_iface_println.go:15:13
./esc_iface_println.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_println.go:15:13
./esc_iface_println.go:14:14: leaking param: p
./esc_iface_println.go:15:13: ... argument does not escape
./esc_iface_println.go:19:13: s escapes to heap:
./esc_iface_println.go:19:13:   flow: {storage for ... argument} = &{storage for s}:
./esc_iface_println.go:19:13:     from s (spill) at ./esc_iface_println.go:19:13
./esc_iface_println.go:19:13:     from ... argument (slice-literal-element) at ./esc_iface_println.go:19:12
./esc_iface_println.go:19:13:   flow: {heap} = {storage for ... argument}:
./esc_iface_println.go:19:13:     from ... argument (spill) at ./esc_iface_println.go:19:12
./esc_iface_println.go:19:13:     from fmt.Printf("%d %s\n", ... argument...) (call parameter) at ./esc_iface_println.go:19:12
./esc_iface_println.go:19:13: n escapes to heap:
./esc_iface_println.go:19:13:   flow: {storage for ... argument} = &{storage for n}:
./esc_iface_println.go:19:13:     from n (spill) at ./esc_iface_println.go:19:13
./esc_iface_println.go:19:13:     from ... argument (slice-literal-element) at ./esc_iface_println.go:19:12
./esc_iface_println.go:19:13:   flow: {heap} = {storage for ... argument}:
./esc_iface_println.go:19:13:     from ... argument (spill) at ./esc_iface_println.go:19:12
./esc_iface_println.go:19:13:     from fmt.Printf("%d %s\n", ... argument...) (call parameter) at ./esc_iface_println.go:19:12
./esc_iface_println.go:18:19: parameter s leaks to {storage for s} with derefs=0:
./esc_iface_println.go:18:19:   flow: {storage for s} = s:
./esc_iface_println.go:18:19:     from s (interface-converted) at ./esc_iface_println.go:19:13
./esc_iface_println.go:18:19: leaking param: s
./esc_iface_println.go:19:12: ... argument does not escape
./esc_iface_println.go:19:13: n escapes to heap
./esc_iface_println.go:19:13: s escapes to heap
./esc_iface_println.go:23:30: true escapes to heap:
./esc_iface_println.go:23:30:   flow: {storage for ... argument} = &{storage for true}:
./esc_iface_println.go:23:30:     from true (spill) at ./esc_iface_println.go:23:30
./esc_iface_println.go:23:30:     from ... argument (slice-literal-element) at ./esc_iface_println.go:23:13
./esc_iface_println.go:23:30:   flow: {heap} = {storage for ... argument}:
./esc_iface_println.go:23:30:     from ... argument (spill) at ./esc_iface_println.go:23:13
./esc_iface_println.go:23:30:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_println.go:23:13
./esc_iface_println.go:23:26: 12 escapes to heap:
./esc_iface_println.go:23:26:   flow: {storage for ... argument} = &{storage for 12}:
./esc_iface_println.go:23:26:     from 12 (spill) at ./esc_iface_println.go:23:26
./esc_iface_println.go:23:26:     from ... argument (slice-literal-element) at ./esc_iface_println.go:23:13
./esc_iface_println.go:23:26:   flow: {heap} = {storage for ... argument}:
./esc_iface_println.go:23:26:     from ... argument (spill) at ./esc_iface_println.go:23:13
./esc_iface_println.go:23:26:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_println.go:23:13
./esc_iface_println.go:23:14: "constant" escapes to heap:
./esc_iface_println.go:23:14:   flow: {storage for ... argument} = &{storage for "constant"}:
./esc_iface_println.go:23:14:     from "constant" (spill) at ./esc_iface_println.go:23:14
./esc_iface_println.go:23:14:     from ... argument (slice-literal-element) at ./esc_iface_println.go:23:13
./esc_iface_println.go:23:14:   flow: {heap} = {storage for ... argument}:
./esc_iface_println.go:23:14:     from ... argument (spill) at ./esc_iface_println.go:23:13
./esc_iface_println.go:23:14:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_println.go:23:13
./esc_iface_println.go:23:13: ... argument does not escape
./esc_iface_println.go:23:14: "constant" escapes to heap
./esc_iface_println.go:23:26: 12 escapes to heap
./esc_iface_println.go:23:30: true escapes to heap
./esc_iface_println.go:27:2: p escapes to heap:
./esc_iface_println.go:27:2:   flow: {heap} = &p:
./esc_iface_println.go:27:2:     from &p (address-of) at ./esc_iface_println.go:29:10
./esc_iface_println.go:27:2:     from showPtr(&p) (call parameter) at ./esc_iface_println.go:29:9
./esc_iface_println.go:27:2: moved to heap: p

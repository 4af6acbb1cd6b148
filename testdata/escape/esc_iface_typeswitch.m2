./esc_iface_typeswitch.go:12:15: x does not escape
./esc_iface_typeswitch.go:24:14: parameter x leaks to {heap} with derefs=0:
./esc_iface_typeswitch.go:24:14:   flow: v = x:
./esc_iface_typeswitch.go:24:14:     from case *node: lastNode = v (switch case) at ./esc_iface_typeswitch.go:26:2
./esc_iface_typeswitch.go:24:14:   flow: {heap} = v:
./esc_iface_typeswitch.go:24:14:     from lastNode = v (assign) at ./esc_iface_typeswitch.go:27:12
./esc_iface_typeswitch.go:24:14: leaking param: x
./esc_iface_typeswitch.go:34:2: m escapes to heap:
./esc_iface_typeswitch.go:34:2:   flow: {heap} = &m:
./esc_iface_typeswitch.go:34:2:     from &m (address-of) at ./esc_iface_typeswitch.go:35:10
./esc_iface_typeswitch.go:34:2:     from &m (interface-converted) at ./esc_iface_typeswitch.go:35:10
./esc_iface_typeswitch.go:34:2:     from capture(&m) (call parameter) at ./esc_iface_typeswitch.go:35:9
./esc_iface_typeswitch.go:36:25: lastNode.v escapes to heap:
./esc_iface_typeswitch.go:36:25:   flow: {storage for ... argument} = &{storage for lastNode.v}:
./esc_iface_typeswitch.go:36:25:     from lastNode.v (spill) at ./esc_iface_typeswitch.go:36:25
./esc_iface_typeswitch.go:36:25:     from ... argument (slice-literal-element) at ./esc_iface_typeswitch.go:36:13
./esc_iface_typeswitch.go:36:25:   flow: {heap} = {storage for ... argument}:
./esc_iface_typeswitch.go:36:25:     from ... argument (spill) at ./esc_iface_typeswitch.go:36:13
./esc_iface_typeswitch.go:36:25:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_typeswitch.go:36:13
./esc_iface_typeswitch.go:36:13: a escapes to heap:
./esc_iface_typeswitch.go:36:13:   flow: {storage for ... argument} = &{storage for a}:
./esc_iface_typeswitch.go:36:13:     from a (spill) at ./esc_iface_typeswitch.go:36:13
./esc_iface_typeswitch.go:36:13:     from ... argument (slice-literal-element) at ./esc_iface_typeswitch.go:36:13
./esc_iface_typeswitch.go:36:13:   flow: {heap} = {storage for ... argument}:
./esc_iface_typeswitch.go:36:13:     from ... argument (spill) at ./esc_iface_typeswitch.go:36:13
./esc_iface_typeswitch.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_typeswitch.go:36:13
./esc_iface_typeswitch.go:34:2: moved to heap: m
./esc_iface_typeswitch.go:33:16: 3 does not escape
./esc_iface_typeswitch.go:33:30: "four" does not escape
./esc_iface_typeswitch.go:36:13: ... argument does not escape
./esc_iface_typeswitch.go:36:13: a escapes to heap
./esc_iface_typeswitch.go:36:25: lastNode.v escapes to heap

./esc_iface_box_value.go:14:22: n escapes to heap:
./esc_iface_box_value.go:14:22:   flow: {heap} = &{storage for n}:
./esc_iface_box_value.go:14:22:     from n (spill) at ./esc_iface_box_value.go:14:22
./esc_iface_box_value.go:14:22:     from append(kept, n) (call parameter) at ./esc_iface_box_value.go:14:15
./esc_iface_box_value.go:14:22: n escapes to heap
./esc_iface_box_value.go:18:22: s escapes to heap:
./esc_iface_box_value.go:18:22:   flow: {heap} = &{storage for s}:
./esc_iface_box_value.go:18:22:     from s (spill) at ./esc_iface_box_value.go:18:22
./esc_iface_box_value.go:18:22:     from append(kept, s) (call parameter) at ./esc_iface_box_value.go:18:15
./esc_iface_box_value.go:17:17: parameter s leaks to {storage for s} with derefs=0:
./esc_iface_box_value.go:17:17:   flow: {storage for s} = s:
./esc_iface_box_value.go:17:17:     from s (interface-converted) at ./esc_iface_box_value.go:18:22
./esc_iface_box_value.go:17:17: leaking param: s
./esc_iface_box_value.go:18:22: s escapes to heap
./esc_iface_box_value.go:22:22: t escapes to heap:
./esc_iface_box_value.go:22:22:   flow: {heap} = &{storage for t}:
./esc_iface_box_value.go:22:22:     from t (spill) at ./esc_iface_box_value.go:22:22
./esc_iface_box_value.go:22:22:     from append(kept, t) (call parameter) at ./esc_iface_box_value.go:22:15
./esc_iface_box_value.go:21:16: parameter t leaks to {storage for t} with derefs=0:
./esc_iface_box_value.go:21:16:   flow: {storage for t} = t:
./esc_iface_box_value.go:21:16:     from t (interface-converted) at ./esc_iface_box_value.go:22:22
./esc_iface_box_value.go:21:16: leaking param: t
./esc_iface_box_value.go:22:22: t escapes to heap
./esc_iface_box_value.go:29:49: kept[2].(thing).name escapes to heap:
./esc_iface_box_value.go:29:49:   flow: {storage for ... argument} = &{storage for kept[2].(thing).name}:
./esc_iface_box_value.go:29:49:     from kept[2].(thing).name (spill) at ./esc_iface_box_value.go:29:49
./esc_iface_box_value.go:29:49:     from ... argument (slice-literal-element) at ./esc_iface_box_value.go:29:13
./esc_iface_box_value.go:29:49:   flow: {heap} = {storage for ... argument}:
./esc_iface_box_value.go:29:49:     from ... argument (spill) at ./esc_iface_box_value.go:29:13
./esc_iface_box_value.go:29:49:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_box_value.go:29:13
./esc_iface_box_value.go:29:17: len(kept) escapes to heap:
./esc_iface_box_value.go:29:17:   flow: {storage for ... argument} = &{storage for len(kept)}:
./esc_iface_box_value.go:29:17:     from len(kept) (spill) at ./esc_iface_box_value.go:29:17
./esc_iface_box_value.go:29:17:     from ... argument (slice-literal-element) at ./esc_iface_box_value.go:29:13
./esc_iface_box_value.go:29:17:   flow: {heap} = {storage for ... argument}:
./esc_iface_box_value.go:29:17:     from ... argument (spill) at ./esc_iface_box_value.go:29:13
./esc_iface_box_value.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_box_value.go:29:13
./esc_iface_box_value.go:29:13: ... argument does not escape
./esc_iface_box_value.go:29:17: len(kept) escapes to heap
./esc_iface_box_value.go:29:49: kept[2].(thing).name escapes to heap

./esc_iface_box_ptr.go:12:14: parameter t leaks to {heap} with derefs=0:
./esc_iface_box_ptr.go:12:14:   flow: {heap} = t:
./esc_iface_box_ptr.go:12:14:     from t (interface-converted) at ./esc_iface_box_ptr.go:13:2
./esc_iface_box_ptr.go:12:14:     from kept = t (assign) at ./esc_iface_box_ptr.go:13:7
./esc_iface_box_ptr.go:12:14: leaking param: t
./esc_iface_box_ptr.go:16:15: t does not escape
./esc_iface_box_ptr.go:23:2: a escapes to heap:
./esc_iface_box_ptr.go:23:2:   flow: {heap} = &a:
./esc_iface_box_ptr.go:23:2:     from &a (address-of) at ./esc_iface_box_ptr.go:24:10
./esc_iface_box_ptr.go:23:2:     from keepPtr(&a) (call parameter) at ./esc_iface_box_ptr.go:24:9
./esc_iface_box_ptr.go:27:27: ok escapes to heap:
./esc_iface_box_ptr.go:27:27:   flow: {storage for ... argument} = &{storage for ok}:
./esc_iface_box_ptr.go:27:27:     from ok (spill) at ./esc_iface_box_ptr.go:27:27
./esc_iface_box_ptr.go:27:27:     from ... argument (slice-literal-element) at ./esc_iface_box_ptr.go:27:13
./esc_iface_box_ptr.go:27:27:   flow: {heap} = {storage for ... argument}:
./esc_iface_box_ptr.go:27:27:     from ... argument (spill) at ./esc_iface_box_ptr.go:27:13
./esc_iface_box_ptr.go:27:27:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_box_ptr.go:27:13
./esc_iface_box_ptr.go:27:27: kept.(*thing).id escapes to heap:
./esc_iface_box_ptr.go:27:27:   flow: {storage for ... argument} = &{storage for kept.(*thing).id}:
./esc_iface_box_ptr.go:27:27:     from kept.(*thing).id (spill) at ./esc_iface_box_ptr.go:27:27
./esc_iface_box_ptr.go:27:27:     from ... argument (slice-literal-element) at ./esc_iface_box_ptr.go:27:13
./esc_iface_box_ptr.go:27:27:   flow: {heap} = {storage for ... argument}:
./esc_iface_box_ptr.go:27:27:     from ... argument (spill) at ./esc_iface_box_ptr.go:27:13
./esc_iface_box_ptr.go:27:27:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_box_ptr.go:27:13
./esc_iface_box_ptr.go:23:2: moved to heap: a
./esc_iface_box_ptr.go:27:13: ... argument does not escape
./esc_iface_box_ptr.go:27:27: kept.(*thing).id escapes to heap
./esc_iface_box_ptr.go:27:27: ok escapes to heap

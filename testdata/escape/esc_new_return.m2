./esc_new_return.go:12:10: new(node) escapes to heap:
./esc_new_return.go:12:10:   flow: n = &{storage for new(node)}:
./esc_new_return.go:12:10:     from new(node) (spill) at ./esc_new_return.go:12:10
./esc_new_return.go:12:10:     from n := new(node) (assign) at ./esc_new_return.go:12:4
./esc_new_return.go:12:10:   flow: ~r0 = n:
./esc_new_return.go:12:10:     from return n (return) at ./esc_new_return.go:14:2
./esc_new_return.go:12:10: new(node) escapes to heap
./esc_new_return.go:18:12: new(int) escapes to heap:
./esc_new_return.go:18:12:   flow: ~r0 = &{storage for new(int)}:
./esc_new_return.go:18:12:     from new(int) (spill) at ./esc_new_return.go:18:12
./esc_new_return.go:18:12:     from return new(int) (return) at ./esc_new_return.go:18:2
./esc_new_return.go:18:12: new(int) escapes to heap
./esc_new_return.go:22:10: new([8]byte) escapes to heap:
./esc_new_return.go:22:10:   flow: b = &{storage for new([8]byte)}:
./esc_new_return.go:22:10:     from new([8]byte) (spill) at ./esc_new_return.go:22:10
./esc_new_return.go:22:10:     from b := new([8]byte) (assign) at ./esc_new_return.go:22:4
./esc_new_return.go:22:10:   flow: ~r0 = b:
./esc_new_return.go:22:10:     from return b (return) at ./esc_new_return.go:24:2
./esc_new_return.go:22:10: new([8]byte) escapes to heap
./esc_new_return.go:33:38: b[0] escapes to heap:
./esc_new_return.go:33:38:   flow: {storage for ... argument} = &{storage for b[0]}:
./esc_new_return.go:33:38:     from b[0] (spill) at ./esc_new_return.go:33:38
./esc_new_return.go:33:38:     from ... argument (slice-literal-element) at ./esc_new_return.go:33:13
./esc_new_return.go:33:38:   flow: {heap} = {storage for ... argument}:
./esc_new_return.go:33:38:     from ... argument (spill) at ./esc_new_return.go:33:13
./esc_new_return.go:33:38:     from fmt.Println(... argument...) (call parameter) at ./esc_new_return.go:33:13
./esc_new_return.go:33:33: *p escapes to heap:
./esc_new_return.go:33:33:   flow: {storage for ... argument} = &{storage for *p}:
./esc_new_return.go:33:33:     from *p (spill) at ./esc_new_return.go:33:33
./esc_new_return.go:33:33:     from ... argument (slice-literal-element) at ./esc_new_return.go:33:13
./esc_new_return.go:33:33:   flow: {heap} = {storage for ... argument}:
./esc_new_return.go:33:33:     from ... argument (spill) at ./esc_new_return.go:33:13
./esc_new_return.go:33:33:     from fmt.Println(... argument...) (call parameter) at ./esc_new_return.go:33:13
./esc_new_return.go:33:27: n.next.val escapes to heap:
./esc_new_return.go:33:27:   flow: {storage for ... argument} = &{storage for n.next.val}:
./esc_new_return.go:33:27:     from n.next.val (spill) at ./esc_new_return.go:33:27
./esc_new_return.go:33:27:     from ... argument (slice-literal-element) at ./esc_new_return.go:33:13
./esc_new_return.go:33:27:   flow: {heap} = {storage for ... argument}:
./esc_new_return.go:33:27:     from ... argument (spill) at ./esc_new_return.go:33:13
./esc_new_return.go:33:27:     from fmt.Println(... argument...) (call parameter) at ./esc_new_return.go:33:13
./esc_new_return.go:33:15: n.val escapes to heap:
./esc_new_return.go:33:15:   flow: {storage for ... argument} = &{storage for n.val}:
./esc_new_return.go:33:15:     from n.val (spill) at ./esc_new_return.go:33:15
./esc_new_return.go:33:15:     from ... argument (slice-literal-element) at ./esc_new_return.go:33:13
./esc_new_return.go:33:15:   flow: {heap} = {storage for ... argument}:
./esc_new_return.go:33:15:     from ... argument (spill) at ./esc_new_return.go:33:13
./esc_new_return.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./esc_new_return.go:33:13
./esc_new_return.go:33:13: ... argument does not escape
./esc_new_return.go:33:15: n.val escapes to heap
./esc_new_return.go:33:27: n.next.val escapes to heap
./esc_new_return.go:33:33: *p escapes to heap
./esc_new_return.go:33:38: b[0] escapes to heap

./esc_iface_assert.go:14:7: parameter u leaks to ~r0 with derefs=1:
./esc_iface_assert.go:14:7:   flow: ~r0 = *u:
./esc_iface_assert.go:14:7:     from u.n (dot of pointer) at ./esc_iface_assert.go:14:40
./esc_iface_assert.go:14:7:     from return u.n (return) at ./esc_iface_assert.go:14:32
./esc_iface_assert.go:14:7: leaking param: u to result ~r0 level=1
./esc_iface_assert.go:16:13: parameter x leaks to ~r0 with derefs=0:
./esc_iface_assert.go:16:13:   flow: u = x:
./esc_iface_assert.go:16:13:     from x.(*user) (dot) at ./esc_iface_assert.go:17:15
./esc_iface_assert.go:16:13:     from u, ok := x.(*user) (assign-pair-dot-type) at ./esc_iface_assert.go:17:11
./esc_iface_assert.go:16:13:   flow: ~r0 = u:
./esc_iface_assert.go:16:13:     from return u (return) at ./esc_iface_assert.go:18:3
./esc_iface_assert.go:16:13: leaking param: x to result ~r0 level=0
./esc_iface_assert.go:23:14: parameter x leaks to {heap} with derefs=0:
./esc_iface_assert.go:23:14:   flow: n = x:
./esc_iface_assert.go:23:14:     from x.(namer) (dot) at ./esc_iface_assert.go:24:15
./esc_iface_assert.go:23:14:     from n, ok := x.(namer) (assign-pair-dot-type) at ./esc_iface_assert.go:24:11
./esc_iface_assert.go:23:14:   flow: {heap} = n:
./esc_iface_assert.go:23:14:     from n.name() (call parameter) at ./esc_iface_assert.go:25:16
./esc_iface_assert.go:23:14: leaking param: x
./esc_iface_assert.go:30:12: x does not escape
./esc_iface_assert.go:37:41: 5 escapes to heap:
./esc_iface_assert.go:37:41:   flow: {heap} = &{storage for 5}:
./esc_iface_assert.go:37:41:     from 5 (spill) at ./esc_iface_assert.go:37:41
./esc_iface_assert.go:37:41:     from asNamer(5) (call parameter) at ./esc_iface_assert.go:37:40
./esc_iface_assert.go:35:7: &user{...} escapes to heap:
./esc_iface_assert.go:35:7:   flow: u = &{storage for &user{...}}:
./esc_iface_assert.go:35:7:     from &user{...} (spill) at ./esc_iface_assert.go:35:7
./esc_iface_assert.go:35:7:     from u := &user{...} (assign) at ./esc_iface_assert.go:35:4
./esc_iface_assert.go:35:7:   flow: {heap} = u:
./esc_iface_assert.go:35:7:     from u (interface-converted) at ./esc_iface_assert.go:37:28
./esc_iface_assert.go:35:7:     from asNamer(u) (call parameter) at ./esc_iface_assert.go:37:28
./esc_iface_assert.go:37:50: asInt(41) escapes to heap:
./esc_iface_assert.go:37:50:   flow: {storage for ... argument} = &{storage for asInt(41)}:
./esc_iface_assert.go:37:50:     from asInt(41) (spill) at ./esc_iface_assert.go:37:50
./esc_iface_assert.go:37:50:     from ... argument (slice-literal-element) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:50:   flow: {heap} = {storage for ... argument}:
./esc_iface_assert.go:37:50:     from ... argument (spill) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:50:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:40: asNamer(5) escapes to heap:
./esc_iface_assert.go:37:40:   flow: {storage for ... argument} = &{storage for asNamer(5)}:
./esc_iface_assert.go:37:40:     from asNamer(5) (spill) at ./esc_iface_assert.go:37:40
./esc_iface_assert.go:37:40:     from ... argument (slice-literal-element) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:40:   flow: {heap} = {storage for ... argument}:
./esc_iface_assert.go:37:40:     from ... argument (spill) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:40:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:28: asNamer(u) escapes to heap:
./esc_iface_assert.go:37:28:   flow: {storage for ... argument} = &{storage for asNamer(u)}:
./esc_iface_assert.go:37:28:     from asNamer(u) (spill) at ./esc_iface_assert.go:37:28
./esc_iface_assert.go:37:28:     from ... argument (slice-literal-element) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:28:   flow: {heap} = {storage for ... argument}:
./esc_iface_assert.go:37:28:     from ... argument (spill) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:28:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:17: got.n escapes to heap:
./esc_iface_assert.go:37:17:   flow: {storage for ... argument} = &{storage for got.n}:
./esc_iface_assert.go:37:17:     from got.n (spill) at ./esc_iface_assert.go:37:17
./esc_iface_assert.go:37:17:     from ... argument (slice-literal-element) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:17:   flow: {heap} = {storage for ... argument}:
./esc_iface_assert.go:37:17:     from ... argument (spill) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./esc_iface_assert.go:37:13
./esc_iface_assert.go:35:7: &user{...} escapes to heap
./esc_iface_assert.go:37:13: ... argument does not escape
./esc_iface_assert.go:37:17: got.n escapes to heap
./esc_iface_assert.go:37:28: asNamer(u) escapes to heap
./esc_iface_assert.go:37:40: asNamer(5) escapes to heap
./esc_iface_assert.go:37:41: 5 escapes to heap
./esc_iface_assert.go:37:50: asInt(41) escapes to heap
./esc_iface_assert.go:37:51: 41 does not escape
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.name() (call parameter) at <autogenerated>:1

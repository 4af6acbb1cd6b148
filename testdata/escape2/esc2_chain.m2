./esc2_chain.go:14:2: a escapes to heap:
./esc2_chain.go:14:2:   flow: p = &a:
./esc2_chain.go:14:2:     from &a (address-of) at ./esc2_chain.go:15:7
./esc2_chain.go:14:2:     from p := &a (assign) at ./esc2_chain.go:15:4
./esc2_chain.go:14:2:   flow: q = p:
./esc2_chain.go:14:2:     from q := p (assign) at ./esc2_chain.go:16:4
./esc2_chain.go:14:2:   flow: r = q:
./esc2_chain.go:14:2:     from r := q (assign) at ./esc2_chain.go:17:4
./esc2_chain.go:14:2:   flow: {heap} = r:
./esc2_chain.go:14:2:     from sink = r (assign) at ./esc2_chain.go:18:7
./esc2_chain.go:14:2: moved to heap: a
./esc2_chain.go:22:2: x escapes to heap:
./esc2_chain.go:22:2:   flow: h = &x:
./esc2_chain.go:22:2:     from &x (address-of) at ./esc2_chain.go:23:24
./esc2_chain.go:22:2:     from struct { p *int }{...} (struct literal element) at ./esc2_chain.go:23:23
./esc2_chain.go:22:2:     from h := struct { p *int }{...} (assign) at ./esc2_chain.go:23:4
./esc2_chain.go:22:2:   flow: g = h:
./esc2_chain.go:22:2:     from g := h (assign) at ./esc2_chain.go:24:4
./esc2_chain.go:22:2:   flow: ~r0 = g:
./esc2_chain.go:22:2:     from g.p (dot) at ./esc2_chain.go:25:10
./esc2_chain.go:22:2:     from return g.p (return) at ./esc2_chain.go:25:2
./esc2_chain.go:22:2: moved to heap: x
./esc2_chain.go:28:13: parameter pp leaks to ~r0 with derefs=1:
./esc2_chain.go:28:13:   flow: ~r0 = *pp:
./esc2_chain.go:28:13:     from *pp (indirection) at ./esc2_chain.go:29:9
./esc2_chain.go:28:13:     from return *pp (return) at ./esc2_chain.go:29:2
./esc2_chain.go:28:13: leaking param: pp to result ~r0 level=1
./esc2_chain.go:33:9: &node{...} escapes to heap:
./esc2_chain.go:33:9:   flow: {heap} = &{storage for &node{...}}:
./esc2_chain.go:33:9:     from &node{...} (spill) at ./esc2_chain.go:33:9
./esc2_chain.go:33:9:     from sink = &node{...} (assign) at ./esc2_chain.go:33:7
./esc2_chain.go:32:16: pp does not escape
./esc2_chain.go:33:9: &node{...} escapes to heap
./esc2_chain.go:40:27: *deref2(&p) escapes to heap:
./esc2_chain.go:40:27:   flow: {storage for ... argument} = &{storage for *deref2(&p)}:
./esc2_chain.go:40:27:     from *deref2(&p) (spill) at ./esc2_chain.go:40:27
./esc2_chain.go:40:27:     from ... argument (slice-literal-element) at ./esc2_chain.go:40:13
./esc2_chain.go:40:27:   flow: {heap} = {storage for ... argument}:
./esc2_chain.go:40:27:     from ... argument (spill) at ./esc2_chain.go:40:13
./esc2_chain.go:40:27:     from fmt.Println(... argument...) (call parameter) at ./esc2_chain.go:40:13
./esc2_chain.go:40:14: *viaField() escapes to heap:
./esc2_chain.go:40:14:   flow: {storage for ... argument} = &{storage for *viaField()}:
./esc2_chain.go:40:14:     from *viaField() (spill) at ./esc2_chain.go:40:14
./esc2_chain.go:40:14:     from ... argument (slice-literal-element) at ./esc2_chain.go:40:13
./esc2_chain.go:40:14:   flow: {heap} = {storage for ... argument}:
./esc2_chain.go:40:14:     from ... argument (spill) at ./esc2_chain.go:40:13
./esc2_chain.go:40:14:     from fmt.Println(... argument...) (call parameter) at ./esc2_chain.go:40:13
./esc2_chain.go:40:13: ... argument does not escape
./esc2_chain.go:40:14: *viaField() escapes to heap
./esc2_chain.go:40:27: *deref2(&p) escapes to heap

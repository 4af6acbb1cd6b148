./esc_named_results.go:10:12: parameter x leaks to hi with derefs=0:
./esc_named_results.go:10:12:   flow: hi = x:
./esc_named_results.go:10:12:     from lo, hi = y, x (assign-pair) at ./esc_named_results.go:14:10
./esc_named_results.go:10:15: parameter y leaks to hi with derefs=0:
./esc_named_results.go:10:15:   flow: hi = y:
./esc_named_results.go:10:15:     from lo, hi = x, y (assign-pair) at ./esc_named_results.go:12:10
./esc_named_results.go:10:15: parameter y leaks to lo with derefs=0:
./esc_named_results.go:10:15:   flow: lo = y:
./esc_named_results.go:10:15:     from lo, hi = y, x (assign-pair) at ./esc_named_results.go:14:10
./esc_named_results.go:10:12: parameter x leaks to lo with derefs=0:
./esc_named_results.go:10:12:   flow: lo = x:
./esc_named_results.go:10:12:     from lo, hi = x, y (assign-pair) at ./esc_named_results.go:12:10
./esc_named_results.go:10:12: leaking param: x to result lo level=0
./esc_named_results.go:10:12: leaking param: x to result hi level=0
./esc_named_results.go:10:15: leaking param: y to result lo level=0
./esc_named_results.go:10:15: leaking param: y to result hi level=0
./esc_named_results.go:19:11: parameter p leaks to res with derefs=0:
./esc_named_results.go:19:11:   flow: res = p:
./esc_named_results.go:19:11:     from res.a = p (assign) at ./esc_named_results.go:20:8
./esc_named_results.go:19:11: leaking param: p to result res level=0
./esc_named_results.go:24:17: n escapes to heap:
./esc_named_results.go:24:17:   flow: pn = &n:
./esc_named_results.go:24:17:     from &n (address-of) at ./esc_named_results.go:26:7
./esc_named_results.go:24:17:     from pn = &n (assign) at ./esc_named_results.go:26:5
./esc_named_results.go:24:17: moved to heap: n
./esc_named_results.go:36:33: *pn escapes to heap:
./esc_named_results.go:36:33:   flow: {storage for ... argument} = &{storage for *pn}:
./esc_named_results.go:36:33:     from *pn (spill) at ./esc_named_results.go:36:33
./esc_named_results.go:36:33:     from ... argument (slice-literal-element) at ./esc_named_results.go:36:13
./esc_named_results.go:36:33:   flow: {heap} = {storage for ... argument}:
./esc_named_results.go:36:33:     from ... argument (spill) at ./esc_named_results.go:36:13
./esc_named_results.go:36:33:     from fmt.Println(... argument...) (call parameter) at ./esc_named_results.go:36:13
./esc_named_results.go:36:24: n escapes to heap:
./esc_named_results.go:36:24:   flow: {storage for ... argument} = &{storage for n}:
./esc_named_results.go:36:24:     from n (spill) at ./esc_named_results.go:36:24
./esc_named_results.go:36:24:     from ... argument (slice-literal-element) at ./esc_named_results.go:36:13
./esc_named_results.go:36:24:   flow: {heap} = {storage for ... argument}:
./esc_named_results.go:36:24:     from ... argument (spill) at ./esc_named_results.go:36:13
./esc_named_results.go:36:24:     from fmt.Println(... argument...) (call parameter) at ./esc_named_results.go:36:13
./esc_named_results.go:36:24: *w.a escapes to heap:
./esc_named_results.go:36:24:   flow: {storage for ... argument} = &{storage for *w.a}:
./esc_named_results.go:36:24:     from *w.a (spill) at ./esc_named_results.go:36:24
./esc_named_results.go:36:24:     from ... argument (slice-literal-element) at ./esc_named_results.go:36:13
./esc_named_results.go:36:24:   flow: {heap} = {storage for ... argument}:
./esc_named_results.go:36:24:     from ... argument (spill) at ./esc_named_results.go:36:13
./esc_named_results.go:36:24:     from fmt.Println(... argument...) (call parameter) at ./esc_named_results.go:36:13
./esc_named_results.go:36:19: *hi escapes to heap:
./esc_named_results.go:36:19:   flow: {storage for ... argument} = &{storage for *hi}:
./esc_named_results.go:36:19:     from *hi (spill) at ./esc_named_results.go:36:19
./esc_named_results.go:36:19:     from ... argument (slice-literal-element) at ./esc_named_results.go:36:13
./esc_named_results.go:36:19:   flow: {heap} = {storage for ... argument}:
./esc_named_results.go:36:19:     from ... argument (spill) at ./esc_named_results.go:36:13
./esc_named_results.go:36:19:     from fmt.Println(... argument...) (call parameter) at ./esc_named_results.go:36:13
./esc_named_results.go:36:14: *lo escapes to heap:
./esc_named_results.go:36:14:   flow: {storage for ... argument} = &{storage for *lo}:
./esc_named_results.go:36:14:     from *lo (spill) at ./esc_named_results.go:36:14
./esc_named_results.go:36:14:     from ... argument (slice-literal-element) at ./esc_named_results.go:36:13
./esc_named_results.go:36:14:   flow: {heap} = {storage for ... argument}:
./esc_named_results.go:36:14:     from ... argument (spill) at ./esc_named_results.go:36:13
./esc_named_results.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./esc_named_results.go:36:13
./esc_named_results.go:36:13: ... argument does not escape
./esc_named_results.go:36:14: *lo escapes to heap
./esc_named_results.go:36:19: *hi escapes to heap
./esc_named_results.go:36:24: *w.a escapes to heap
./esc_named_results.go:36:24: n escapes to heap
./esc_named_results.go:36:33: *pn escapes to heap

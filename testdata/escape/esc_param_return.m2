./esc_param_return.go:10:15: parameter p leaks to ~r0 with derefs=0:
./esc_param_return.go:10:15:   flow: ~r0 = p:
./esc_param_return.go:10:15:     from return p (return) at ./esc_param_return.go:11:2
./esc_param_return.go:10:15: leaking param: p to result ~r0 level=0
./esc_param_return.go:14:14: parameter b leaks to ~r0 with derefs=0:
./esc_param_return.go:14:14:   flow: ~r0 = b:
./esc_param_return.go:14:14:     from return b (return) at ./esc_param_return.go:18:2
./esc_param_return.go:14:11: parameter a leaks to ~r0 with derefs=0:
./esc_param_return.go:14:11:   flow: ~r0 = a:
./esc_param_return.go:14:11:     from return a (return) at ./esc_param_return.go:16:3
./esc_param_return.go:14:11: leaking param: a to result ~r0 level=0
./esc_param_return.go:14:14: leaking param: b to result ~r0 level=0
./esc_param_return.go:21:11: parameter s leaks to ~r0 with derefs=0:
./esc_param_return.go:21:11:   flow: ~r0 = s:
./esc_param_return.go:21:11:     from s[1:] (slice) at ./esc_param_return.go:22:10
./esc_param_return.go:21:11:     from return s[1:] (return) at ./esc_param_return.go:22:2
./esc_param_return.go:21:11: leaking param: s to result ~r0 level=0
./esc_param_return.go:32:26: len(t) escapes to heap:
./esc_param_return.go:32:26:   flow: {storage for ... argument} = &{storage for len(t)}:
./esc_param_return.go:32:26:     from len(t) (spill) at ./esc_param_return.go:32:26
./esc_param_return.go:32:26:     from ... argument (slice-literal-element) at ./esc_param_return.go:32:13
./esc_param_return.go:32:26:   flow: {heap} = {storage for ... argument}:
./esc_param_return.go:32:26:     from ... argument (spill) at ./esc_param_return.go:32:13
./esc_param_return.go:32:26:     from fmt.Println(... argument...) (call parameter) at ./esc_param_return.go:32:13
./esc_param_return.go:32:19: b.v escapes to heap:
./esc_param_return.go:32:19:   flow: {storage for ... argument} = &{storage for b.v}:
./esc_param_return.go:32:19:     from b.v (spill) at ./esc_param_return.go:32:19
./esc_param_return.go:32:19:     from ... argument (slice-literal-element) at ./esc_param_return.go:32:13
./esc_param_return.go:32:19:   flow: {heap} = {storage for ... argument}:
./esc_param_return.go:32:19:     from ... argument (spill) at ./esc_param_return.go:32:13
./esc_param_return.go:32:19:     from fmt.Println(... argument...) (call parameter) at ./esc_param_return.go:32:13
./esc_param_return.go:32:14: *p escapes to heap:
./esc_param_return.go:32:14:   flow: {storage for ... argument} = &{storage for *p}:
./esc_param_return.go:32:14:     from *p (spill) at ./esc_param_return.go:32:14
./esc_param_return.go:32:14:     from ... argument (slice-literal-element) at ./esc_param_return.go:32:13
./esc_param_return.go:32:14:   flow: {heap} = {storage for ... argument}:
./esc_param_return.go:32:14:     from ... argument (spill) at ./esc_param_return.go:32:13
./esc_param_return.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./esc_param_return.go:32:13
./esc_param_return.go:31:17: []int{...} does not escape
./esc_param_return.go:32:13: ... argument does not escape
./esc_param_return.go:32:14: *p escapes to heap
./esc_param_return.go:32:19: b.v escapes to heap
./esc_param_return.go:32:26: len(t) escapes to heap

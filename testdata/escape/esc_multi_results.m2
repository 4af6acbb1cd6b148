./esc_multi_results.go:6:11: parameter a leaks to ~r1 with derefs=0:
./esc_multi_results.go:6:11:   flow: ~r1 = a:
./esc_multi_results.go:6:11:     from return b, a (return) at ./esc_multi_results.go:7:2
./esc_multi_results.go:6:14: parameter b leaks to ~r0 with derefs=0:
./esc_multi_results.go:6:14:   flow: ~r0 = b:
./esc_multi_results.go:6:14:     from return b, a (return) at ./esc_multi_results.go:7:2
./esc_multi_results.go:6:11: leaking param: a to result ~r1 level=0
./esc_multi_results.go:6:14: leaking param: b to result ~r0 level=0
./esc_multi_results.go:10:12: parameter s leaks to ~r1 with derefs=0:
./esc_multi_results.go:10:12:   flow: ~r1 = s:
./esc_multi_results.go:10:12:     from s[m:] (slice) at ./esc_multi_results.go:12:17
./esc_multi_results.go:10:12:     from return s[:m], s[m:] (return) at ./esc_multi_results.go:12:2
./esc_multi_results.go:10:12: parameter s leaks to ~r0 with derefs=0:
./esc_multi_results.go:10:12:   flow: ~r0 = s:
./esc_multi_results.go:10:12:     from s[:m] (slice) at ./esc_multi_results.go:12:10
./esc_multi_results.go:10:12:     from return s[:m], s[m:] (return) at ./esc_multi_results.go:12:2
./esc_multi_results.go:10:12: leaking param: s to result ~r0 level=0
./esc_multi_results.go:10:12: leaking param: s to result ~r1 level=0
./esc_multi_results.go:15:21: parameter a leaks to ~r0 with derefs=0:
./esc_multi_results.go:15:21:   flow: ~r0 = a:
./esc_multi_results.go:15:21:     from return a, *b (return) at ./esc_multi_results.go:16:2
./esc_multi_results.go:15:21: leaking param: a to result ~r0 level=0
./esc_multi_results.go:15:24: b does not escape
./esc_multi_results.go:25:38: n escapes to heap:
./esc_multi_results.go:25:38:   flow: {storage for ... argument} = &{storage for n}:
./esc_multi_results.go:25:38:     from n (spill) at ./esc_multi_results.go:25:38
./esc_multi_results.go:25:38:     from ... argument (slice-literal-element) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:38:   flow: {heap} = {storage for ... argument}:
./esc_multi_results.go:25:38:     from ... argument (spill) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:38:     from fmt.Println(... argument...) (call parameter) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:38: *f escapes to heap:
./esc_multi_results.go:25:38:   flow: {storage for ... argument} = &{storage for *f}:
./esc_multi_results.go:25:38:     from *f (spill) at ./esc_multi_results.go:25:38
./esc_multi_results.go:25:38:     from ... argument (slice-literal-element) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:38:   flow: {heap} = {storage for ... argument}:
./esc_multi_results.go:25:38:     from ... argument (spill) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:38:     from fmt.Println(... argument...) (call parameter) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:33: len(r) escapes to heap:
./esc_multi_results.go:25:33:   flow: {storage for ... argument} = &{storage for len(r)}:
./esc_multi_results.go:25:33:     from len(r) (spill) at ./esc_multi_results.go:25:33
./esc_multi_results.go:25:33:     from ... argument (slice-literal-element) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:33:   flow: {heap} = {storage for ... argument}:
./esc_multi_results.go:25:33:     from ... argument (spill) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:33:     from fmt.Println(... argument...) (call parameter) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:25: len(l) escapes to heap:
./esc_multi_results.go:25:25:   flow: {storage for ... argument} = &{storage for len(l)}:
./esc_multi_results.go:25:25:     from len(l) (spill) at ./esc_multi_results.go:25:25
./esc_multi_results.go:25:25:     from ... argument (slice-literal-element) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:25:   flow: {heap} = {storage for ... argument}:
./esc_multi_results.go:25:25:     from ... argument (spill) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:25:     from fmt.Println(... argument...) (call parameter) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:18: *q escapes to heap:
./esc_multi_results.go:25:18:   flow: {storage for ... argument} = &{storage for *q}:
./esc_multi_results.go:25:18:     from *q (spill) at ./esc_multi_results.go:25:18
./esc_multi_results.go:25:18:     from ... argument (slice-literal-element) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:18:   flow: {heap} = {storage for ... argument}:
./esc_multi_results.go:25:18:     from ... argument (spill) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:18:     from fmt.Println(... argument...) (call parameter) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:14: *p escapes to heap:
./esc_multi_results.go:25:14:   flow: {storage for ... argument} = &{storage for *p}:
./esc_multi_results.go:25:14:     from *p (spill) at ./esc_multi_results.go:25:14
./esc_multi_results.go:25:14:     from ... argument (slice-literal-element) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:14:   flow: {heap} = {storage for ... argument}:
./esc_multi_results.go:25:14:     from ... argument (spill) at ./esc_multi_results.go:25:13
./esc_multi_results.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./esc_multi_results.go:25:13
./esc_multi_results.go:22:21: []int{...} does not escape
./esc_multi_results.go:25:13: ... argument does not escape
./esc_multi_results.go:25:14: *p escapes to heap
./esc_multi_results.go:25:18: *q escapes to heap
./esc_multi_results.go:25:25: len(l) escapes to heap
./esc_multi_results.go:25:33: len(r) escapes to heap
./esc_multi_results.go:25:38: *f escapes to heap
./esc_multi_results.go:25:38: n escapes to heap

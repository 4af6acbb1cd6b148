./esc_defer_loop.go:8:12: p does not escape
./esc_defer_loop.go:19:3: func literal escapes to heap:
./esc_defer_loop.go:19:3:   flow: {heap} = &{storage for func literal}:
./esc_defer_loop.go:19:3:     from func literal (spill) at ./esc_defer_loop.go:19:3
./esc_defer_loop.go:20:3: func literal escapes to heap:
./esc_defer_loop.go:20:3:   flow: {heap} = &{storage for func literal}:
./esc_defer_loop.go:20:3:     from func literal (spill) at ./esc_defer_loop.go:20:3
./esc_defer_loop.go:19:15: loopDefers capturing by value: .autotmp_4 (addr=false assign=false width=8)
./esc_defer_loop.go:19:14: loopDefers capturing by value: .autotmp_5 (addr=false assign=false width=8)
./esc_defer_loop.go:20:15: loopDefers capturing by value: .autotmp_6 (addr=false assign=false width=8)
./esc_defer_loop.go:17:2: total escapes to heap:
./esc_defer_loop.go:17:2:   flow: .autotmp_4 = &total:
./esc_defer_loop.go:17:2:     from &total (address-of) at ./esc_defer_loop.go:19:15
./esc_defer_loop.go:17:2:     from .autotmp_4 = &total (assign) at ./esc_defer_loop.go:19:15
./esc_defer_loop.go:17:2:   flow: {storage for func literal} = .autotmp_4:
./esc_defer_loop.go:17:2:     from .autotmp_4 (captured by a closure) at ./esc_defer_loop.go:19:14
./esc_defer_loop.go:17:2: moved to heap: total
./esc_defer_loop.go:28:3: func literal escapes to heap:
./esc_defer_loop.go:28:3:   flow: {heap} = &{storage for func literal}:
./esc_defer_loop.go:28:3:     from func literal (spill) at ./esc_defer_loop.go:28:3
./esc_defer_loop.go:28:15: loopCells capturing by value: .autotmp_3 (addr=false assign=false width=8)
./esc_defer_loop.go:27:3: c escapes to heap:
./esc_defer_loop.go:27:3:   flow: .autotmp_3 = &c:
./esc_defer_loop.go:27:3:     from &c (address-of) at ./esc_defer_loop.go:28:15
./esc_defer_loop.go:27:3:     from .autotmp_3 = &c (assign) at ./esc_defer_loop.go:28:15
./esc_defer_loop.go:27:3:   flow: {storage for func literal} = .autotmp_3:
./esc_defer_loop.go:27:3:     from .autotmp_3 (captured by a closure) at ./esc_defer_loop.go:28:14
./esc_defer_loop.go:27:3: moved to heap: c
./esc_defer_loop.go:35:13: sum escapes to heap:
./esc_defer_loop.go:35:13:   flow: {storage for ... argument} = &{storage for sum}:
./esc_defer_loop.go:35:13:     from sum (spill) at ./esc_defer_loop.go:35:13
./esc_defer_loop.go:35:13:     from ... argument (slice-literal-element) at ./esc_defer_loop.go:35:13
./esc_defer_loop.go:35:13:   flow: {heap} = {storage for ... argument}:
./esc_defer_loop.go:35:13:     from ... argument (spill) at ./esc_defer_loop.go:35:13
./esc_defer_loop.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./esc_defer_loop.go:35:13
./esc_defer_loop.go:35:13: r escapes to heap:
./esc_defer_loop.go:35:13:   flow: {storage for ... argument} = &{storage for r}:
./esc_defer_loop.go:35:13:     from r (spill) at ./esc_defer_loop.go:35:13
./esc_defer_loop.go:35:13:     from ... argument (slice-literal-element) at ./esc_defer_loop.go:35:13
./esc_defer_loop.go:35:13:   flow: {heap} = {storage for ... argument}:
./esc_defer_loop.go:35:13:     from ... argument (spill) at ./esc_defer_loop.go:35:13
./esc_defer_loop.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./esc_defer_loop.go:35:13
./esc_defer_loop.go:35:13: ... argument does not escape
./esc_defer_loop.go:35:13: r escapes to heap
./esc_defer_loop.go:35:13: sum escapes to heap

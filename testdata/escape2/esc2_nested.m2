./esc2_nested.go:13:8: func literal escapes to heap:
./esc2_nested.go:13:8:   flow: {heap} = &{storage for func literal}:
./esc2_nested.go:13:8:     from func literal (spill) at ./esc2_nested.go:13:8
./esc2_nested.go:13:8:     from out = func literal (assign) at ./esc2_nested.go:13:6
./esc2_nested.go:7:2: outer capturing by ref: count (addr=false assign=true width=8)
./esc2_nested.go:7:2: outer capturing by ref: count (addr=true assign=true width=8)
./esc2_nested.go:7:2: outer capturing by ref: count (addr=true assign=true width=8)
./esc2_nested.go:7:2: count escapes to heap:
./esc2_nested.go:7:2:   flow: {storage for func literal} = &count:
./esc2_nested.go:7:2:     from count (captured by a closure) at ./esc2_nested.go:13:28
./esc2_nested.go:7:2:     from count (reference) at ./esc2_nested.go:13:28
./esc2_nested.go:7:2: moved to heap: count
./esc2_nested.go:8:9: func literal does not escape
./esc2_nested.go:9:11: func literal does not escape
./esc2_nested.go:13:8: func literal escapes to heap
./esc2_nested.go:17:2: counterPair capturing by ref: n (addr=false assign=true width=8)
./esc2_nested.go:17:2: counterPair capturing by ref: n (addr=true assign=true width=8)
./esc2_nested.go:18:25: func literal escapes to heap:
./esc2_nested.go:18:25:   flow: ~r1 = &{storage for func literal}:
./esc2_nested.go:18:25:     from func literal (spill) at ./esc2_nested.go:18:25
./esc2_nested.go:18:25:     from return func literal, func literal (return) at ./esc2_nested.go:18:2
./esc2_nested.go:17:2: n escapes to heap:
./esc2_nested.go:17:2:   flow: {storage for func literal} = &n:
./esc2_nested.go:17:2:     from n (captured by a closure) at ./esc2_nested.go:18:45
./esc2_nested.go:17:2:     from n (reference) at ./esc2_nested.go:18:45
./esc2_nested.go:18:9: func literal escapes to heap:
./esc2_nested.go:18:9:   flow: ~r0 = &{storage for func literal}:
./esc2_nested.go:18:9:     from func literal (spill) at ./esc2_nested.go:18:9
./esc2_nested.go:18:9:     from return func literal, func literal (return) at ./esc2_nested.go:18:2
./esc2_nested.go:17:2: moved to heap: n
./esc2_nested.go:18:9: func literal escapes to heap
./esc2_nested.go:18:25: func literal escapes to heap

./esc2_defer.go:9:22: parameter s leaks to {heap} with derefs=0:
./esc2_defer.go:9:22:   flow: {heap} = s:
./esc2_defer.go:9:22:     from append(l.lines, s) (call parameter) at ./esc2_defer.go:9:50
./esc2_defer.go:9:7: parameter l leaks to {heap} with derefs=1:
./esc2_defer.go:9:7:   flow: {temp} = *l:
./esc2_defer.go:9:7:     from l.lines (dot of pointer) at ./esc2_defer.go:9:52
./esc2_defer.go:9:7:     from append(l.lines, s) (call parameter) at ./esc2_defer.go:9:50
./esc2_defer.go:9:7:   flow: {heap} = {temp}:
./esc2_defer.go:9:7:     from l.lines = append(l.lines, s) (assign) at ./esc2_defer.go:9:42
./esc2_defer.go:9:7: leaking param content: l
./esc2_defer.go:9:22: leaking param: s
./esc2_defer.go:11:56: *p escapes to heap:
./esc2_defer.go:11:56:   flow: {storage for ... argument} = &{storage for *p}:
./esc2_defer.go:11:56:     from *p (spill) at ./esc2_defer.go:11:56
./esc2_defer.go:11:56:     from ... argument (slice-literal-element) at ./esc2_defer.go:11:48
./esc2_defer.go:11:56:   flow: {heap} = {storage for ... argument}:
./esc2_defer.go:11:56:     from ... argument (spill) at ./esc2_defer.go:11:48
./esc2_defer.go:11:56:     from fmt.Println(... argument...) (call parameter) at ./esc2_defer.go:11:48
./esc2_defer.go:11:48: label escapes to heap:
./esc2_defer.go:11:48:   flow: {storage for ... argument} = &{storage for label}:
./esc2_defer.go:11:48:     from label (spill) at ./esc2_defer.go:11:48
./esc2_defer.go:11:48:     from ... argument (slice-literal-element) at ./esc2_defer.go:11:48
./esc2_defer.go:11:48:   flow: {heap} = {storage for ... argument}:
./esc2_defer.go:11:48:     from ... argument (spill) at ./esc2_defer.go:11:48
./esc2_defer.go:11:48:     from fmt.Println(... argument...) (call parameter) at ./esc2_defer.go:11:48
./esc2_defer.go:11:21: parameter label leaks to {storage for label} with derefs=0:
./esc2_defer.go:11:21:   flow: {storage for label} = label:
./esc2_defer.go:11:21:     from label (interface-converted) at ./esc2_defer.go:11:48
./esc2_defer.go:11:13: p does not escape
./esc2_defer.go:11:21: leaking param: label
./esc2_defer.go:11:48: ... argument does not escape
./esc2_defer.go:11:48: label escapes to heap
./esc2_defer.go:11:56: *p escapes to heap
./esc2_defer.go:18:3: func literal escapes to heap:
./esc2_defer.go:18:3:   flow: {heap} = &{storage for func literal}:
./esc2_defer.go:18:3:     from func literal (spill) at ./esc2_defer.go:18:3
./esc2_defer.go:14:13: work capturing by value: .autotmp_4 (addr=false assign=false width=8)
./esc2_defer.go:16:15: work capturing by value: .autotmp_5 (addr=false assign=false width=8)
./esc2_defer.go:18:16: work capturing by value: .autotmp_6 (addr=false assign=false width=8)
./esc2_defer.go:13:11: parameter l leaks to {heap} with derefs=1:
./esc2_defer.go:13:11:   flow: .autotmp_4 = l:
./esc2_defer.go:13:11:     from .autotmp_4 = l (assign) at ./esc2_defer.go:14:13
./esc2_defer.go:13:11:   flow: {heap} = *.autotmp_4:
./esc2_defer.go:13:11:     from (*logger).add(.autotmp_4, "done") (call parameter) at ./esc2_defer.go:14:13
./esc2_defer.go:17:6: i escapes to heap:
./esc2_defer.go:17:6:   flow: .autotmp_6 = &i:
./esc2_defer.go:17:6:     from &i (address-of) at ./esc2_defer.go:18:16
./esc2_defer.go:17:6:     from .autotmp_6 = &i (assign) at ./esc2_defer.go:18:16
./esc2_defer.go:17:6:   flow: {storage for func literal} = .autotmp_6:
./esc2_defer.go:17:6:     from .autotmp_6 (captured by a closure) at ./esc2_defer.go:18:15
./esc2_defer.go:13:11: leaking param content: l
./esc2_defer.go:17:6: moved to heap: i
./esc2_defer.go:26:17: len(l.lines) escapes to heap:
./esc2_defer.go:26:17:   flow: {storage for ... argument} = &{storage for len(l.lines)}:
./esc2_defer.go:26:17:     from len(l.lines) (spill) at ./esc2_defer.go:26:17
./esc2_defer.go:26:17:     from ... argument (slice-literal-element) at ./esc2_defer.go:26:13
./esc2_defer.go:26:17:   flow: {heap} = {storage for ... argument}:
./esc2_defer.go:26:17:     from ... argument (spill) at ./esc2_defer.go:26:13
./esc2_defer.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./esc2_defer.go:26:13
./esc2_defer.go:26:13: ... argument does not escape
./esc2_defer.go:26:17: len(l.lines) escapes to heap

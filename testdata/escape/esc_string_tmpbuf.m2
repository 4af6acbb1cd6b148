./esc_string_tmpbuf.go:10:12: a does not escape
./esc_string_tmpbuf.go:10:15: b does not escape
./esc_string_tmpbuf.go:11:9: a + b does not escape
./esc_string_tmpbuf.go:16:11: a + b escapes to heap:
./esc_string_tmpbuf.go:16:11:   flow: ~r0 = &{storage for a + b}:
./esc_string_tmpbuf.go:16:11:     from a + b (spill) at ./esc_string_tmpbuf.go:16:11
./esc_string_tmpbuf.go:16:11:     from return a + b (return) at ./esc_string_tmpbuf.go:16:2
./esc_string_tmpbuf.go:15:15: a does not escape
./esc_string_tmpbuf.go:15:18: b does not escape
./esc_string_tmpbuf.go:16:11: a + b escapes to heap
./esc_string_tmpbuf.go:19:11: s does not escape
./esc_string_tmpbuf.go:20:13: ([]byte)(s) does not escape
./esc_string_tmpbuf.go:22:13: ([]rune)(s) does not escape
./esc_string_tmpbuf.go:23:13: string(b) does not escape
./esc_string_tmpbuf.go:24:13: string(r) does not escape
./esc_string_tmpbuf.go:30:12: "" + x escapes to heap:
./esc_string_tmpbuf.go:30:12:   flow: {heap} = &{storage for "" + x}:
./esc_string_tmpbuf.go:30:12:     from "" + x (spill) at ./esc_string_tmpbuf.go:30:12
./esc_string_tmpbuf.go:30:12:     from keep = "" + x (assign) at ./esc_string_tmpbuf.go:30:7
./esc_string_tmpbuf.go:29:10: "" + a escapes to heap:
./esc_string_tmpbuf.go:29:10:   flow: x = &{storage for "" + a}:
./esc_string_tmpbuf.go:29:10:     from "" + a (spill) at ./esc_string_tmpbuf.go:29:10
./esc_string_tmpbuf.go:29:10:     from x := "" + a (assign) at ./esc_string_tmpbuf.go:29:4
./esc_string_tmpbuf.go:29:10:   flow: ~r0 = x:
./esc_string_tmpbuf.go:29:10:     from return x (return) at ./esc_string_tmpbuf.go:31:2
./esc_string_tmpbuf.go:28:12: a does not escape
./esc_string_tmpbuf.go:29:10: "" + a escapes to heap
./esc_string_tmpbuf.go:30:12: "" + x escapes to heap
./esc_string_tmpbuf.go:34:12: a does not escape
./esc_string_tmpbuf.go:34:15: b does not escape
./esc_string_tmpbuf.go:34:18: c does not escape
./esc_string_tmpbuf.go:35:13: a + b + c does not escape
./esc_string_tmpbuf.go:48:10: w + "!" escapes to heap:
./esc_string_tmpbuf.go:48:10:   flow: s = &{storage for w + "!"}:
./esc_string_tmpbuf.go:48:10:     from w + "!" (spill) at ./esc_string_tmpbuf.go:48:10
./esc_string_tmpbuf.go:48:10:     from s := w + "!" (assign) at ./esc_string_tmpbuf.go:48:5
./esc_string_tmpbuf.go:48:10:   flow: {heap} = s:
./esc_string_tmpbuf.go:48:10:     from append(out, s) (call parameter) at ./esc_string_tmpbuf.go:49:15
./esc_string_tmpbuf.go:45:23: words does not escape
./esc_string_tmpbuf.go:48:10: w + "!" escapes to heap
./esc_string_tmpbuf.go:57:18: "<" + w + ">" escapes to heap:
./esc_string_tmpbuf.go:57:18:   flow: last = &{storage for "<" + w + ">"}:
./esc_string_tmpbuf.go:57:18:     from "<" + w + ">" (spill) at ./esc_string_tmpbuf.go:57:18
./esc_string_tmpbuf.go:57:18:     from last = "<" + w + ">" (assign) at ./esc_string_tmpbuf.go:57:8
./esc_string_tmpbuf.go:54:17: words does not escape
./esc_string_tmpbuf.go:57:18: "<" + w + ">" escapes to heap
./esc_string_tmpbuf.go:63:20: ([]byte)(s) escapes to heap:
./esc_string_tmpbuf.go:63:20:   flow: {heap} = &{storage for ([]byte)(s)}:
./esc_string_tmpbuf.go:63:20:     from ([]byte)(s) (spill) at ./esc_string_tmpbuf.go:63:20
./esc_string_tmpbuf.go:63:20:     from keepBytes = ([]byte)(s) (assign) at ./esc_string_tmpbuf.go:63:12
./esc_string_tmpbuf.go:62:16: s does not escape
./esc_string_tmpbuf.go:63:20: ([]byte)(s) escapes to heap
./esc_string_tmpbuf.go:66:13: m does not escape
./esc_string_tmpbuf.go:66:31: b does not escape
./esc_string_tmpbuf.go:67:17: string(b) does not escape
./esc_string_tmpbuf.go:91:36: string(r[1:5]) escapes to heap:
./esc_string_tmpbuf.go:91:36:   flow: {storage for ... argument} = &{storage for string(r[1:5])}:
./esc_string_tmpbuf.go:91:36:     from string(r[1:5]) (spill) at ./esc_string_tmpbuf.go:91:36
./esc_string_tmpbuf.go:91:36:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:91:13
./esc_string_tmpbuf.go:91:36:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:91:36:     from ... argument (spill) at ./esc_string_tmpbuf.go:91:13
./esc_string_tmpbuf.go:91:36:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:91:13
./esc_string_tmpbuf.go:91:25: cap(r) escapes to heap:
./esc_string_tmpbuf.go:91:25:   flow: {storage for ... argument} = &{storage for cap(r)}:
./esc_string_tmpbuf.go:91:25:     from cap(r) (spill) at ./esc_string_tmpbuf.go:91:25
./esc_string_tmpbuf.go:91:25:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:91:13
./esc_string_tmpbuf.go:91:25:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:91:25:     from ... argument (spill) at ./esc_string_tmpbuf.go:91:13
./esc_string_tmpbuf.go:91:25:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:91:13
./esc_string_tmpbuf.go:91:17: len(r) escapes to heap:
./esc_string_tmpbuf.go:91:17:   flow: {storage for ... argument} = &{storage for len(r)}:
./esc_string_tmpbuf.go:91:17:     from len(r) (spill) at ./esc_string_tmpbuf.go:91:17
./esc_string_tmpbuf.go:91:17:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:91:13
./esc_string_tmpbuf.go:91:17:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:91:17:     from ... argument (spill) at ./esc_string_tmpbuf.go:91:13
./esc_string_tmpbuf.go:91:17:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:91:13
./esc_string_tmpbuf.go:89:71: lookup(m, ([]byte)("key")) escapes to heap:
./esc_string_tmpbuf.go:89:71:   flow: {storage for ... argument} = &{storage for lookup(m, ([]byte)("key"))}:
./esc_string_tmpbuf.go:89:71:     from lookup(m, ([]byte)("key")) (spill) at ./esc_string_tmpbuf.go:89:71
./esc_string_tmpbuf.go:89:71:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:71:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:89:71:     from ... argument (spill) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:71:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:52: cap(keepBytes) escapes to heap:
./esc_string_tmpbuf.go:89:52:   flow: {storage for ... argument} = &{storage for cap(keepBytes)}:
./esc_string_tmpbuf.go:89:52:     from cap(keepBytes) (spill) at ./esc_string_tmpbuf.go:89:52
./esc_string_tmpbuf.go:89:52:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:52:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:89:52:     from ... argument (spill) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:52:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:36: len(keepBytes) escapes to heap:
./esc_string_tmpbuf.go:89:36:   flow: {storage for ... argument} = &{storage for len(keepBytes)}:
./esc_string_tmpbuf.go:89:36:     from len(keepBytes) (spill) at ./esc_string_tmpbuf.go:89:36
./esc_string_tmpbuf.go:89:36:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:36:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:89:36:     from ... argument (spill) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:36:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:20: string(keepBytes) escapes to heap:
./esc_string_tmpbuf.go:89:20:   flow: {storage for ... argument} = &{storage for string(keepBytes)}:
./esc_string_tmpbuf.go:89:20:     from string(keepBytes) (spill) at ./esc_string_tmpbuf.go:89:20
./esc_string_tmpbuf.go:89:20:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:20:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:89:20:     from ... argument (spill) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:89:20:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:89:13
./esc_string_tmpbuf.go:86:75: lastOfLoop([]string{...}) escapes to heap:
./esc_string_tmpbuf.go:86:75:   flow: {storage for ... argument} = &{storage for lastOfLoop([]string{...})}:
./esc_string_tmpbuf.go:86:75:     from lastOfLoop([]string{...}) (spill) at ./esc_string_tmpbuf.go:86:75
./esc_string_tmpbuf.go:86:75:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:86:13
./esc_string_tmpbuf.go:86:75:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:86:75:     from ... argument (spill) at ./esc_string_tmpbuf.go:86:13
./esc_string_tmpbuf.go:86:75:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:86:13
./esc_string_tmpbuf.go:86:30: acrossIterations([]string{...}) escapes to heap:
./esc_string_tmpbuf.go:86:30:   flow: {storage for ... argument} = &{storage for acrossIterations([]string{...})}:
./esc_string_tmpbuf.go:86:30:     from acrossIterations([]string{...}) (spill) at ./esc_string_tmpbuf.go:86:30
./esc_string_tmpbuf.go:86:30:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:86:13
./esc_string_tmpbuf.go:86:30:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:86:30:     from ... argument (spill) at ./esc_string_tmpbuf.go:86:13
./esc_string_tmpbuf.go:86:30:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:86:13
./esc_string_tmpbuf.go:85:36: cap(b) escapes to heap:
./esc_string_tmpbuf.go:85:36:   flow: {storage for ... argument} = &{storage for cap(b)}:
./esc_string_tmpbuf.go:85:36:     from cap(b) (spill) at ./esc_string_tmpbuf.go:85:36
./esc_string_tmpbuf.go:85:36:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:85:13
./esc_string_tmpbuf.go:85:36:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:85:36:     from ... argument (spill) at ./esc_string_tmpbuf.go:85:13
./esc_string_tmpbuf.go:85:36:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:85:13
./esc_string_tmpbuf.go:85:28: len(b) escapes to heap:
./esc_string_tmpbuf.go:85:28:   flow: {storage for ... argument} = &{storage for len(b)}:
./esc_string_tmpbuf.go:85:28:     from len(b) (spill) at ./esc_string_tmpbuf.go:85:28
./esc_string_tmpbuf.go:85:28:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:85:13
./esc_string_tmpbuf.go:85:28:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:85:28:     from ... argument (spill) at ./esc_string_tmpbuf.go:85:13
./esc_string_tmpbuf.go:85:28:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:85:13
./esc_string_tmpbuf.go:85:20: string(b) escapes to heap:
./esc_string_tmpbuf.go:85:20:   flow: {storage for ... argument} = &{storage for string(b)}:
./esc_string_tmpbuf.go:85:20:     from string(b) (spill) at ./esc_string_tmpbuf.go:85:20
./esc_string_tmpbuf.go:85:20:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:85:13
./esc_string_tmpbuf.go:85:20:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:85:20:     from ... argument (spill) at ./esc_string_tmpbuf.go:85:13
./esc_string_tmpbuf.go:85:20:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:85:13
./esc_string_tmpbuf.go:81:38: keep escapes to heap:
./esc_string_tmpbuf.go:81:38:   flow: {storage for ... argument} = &{storage for keep}:
./esc_string_tmpbuf.go:81:38:     from keep (spill) at ./esc_string_tmpbuf.go:81:38
./esc_string_tmpbuf.go:81:38:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:38:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:81:38:     from ... argument (spill) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:38:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:38: share("zz") escapes to heap:
./esc_string_tmpbuf.go:81:38:   flow: {storage for ... argument} = &{storage for share("zz")}:
./esc_string_tmpbuf.go:81:38:     from share("zz") (spill) at ./esc_string_tmpbuf.go:81:38
./esc_string_tmpbuf.go:81:38:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:38:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:81:38:     from ... argument (spill) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:38:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:28: cap(b) escapes to heap:
./esc_string_tmpbuf.go:81:28:   flow: {storage for ... argument} = &{storage for cap(b)}:
./esc_string_tmpbuf.go:81:28:     from cap(b) (spill) at ./esc_string_tmpbuf.go:81:28
./esc_string_tmpbuf.go:81:28:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:28:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:81:28:     from ... argument (spill) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:28:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:20: len(b) escapes to heap:
./esc_string_tmpbuf.go:81:20:   flow: {storage for ... argument} = &{storage for len(b)}:
./esc_string_tmpbuf.go:81:20:     from len(b) (spill) at ./esc_string_tmpbuf.go:81:20
./esc_string_tmpbuf.go:81:20:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:20:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:81:20:     from ... argument (spill) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:20:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:13: s escapes to heap:
./esc_string_tmpbuf.go:81:13:   flow: {storage for ... argument} = &{storage for s}:
./esc_string_tmpbuf.go:81:13:     from s (spill) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:81:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:81:13:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:74:13: .autotmp_11 escapes to heap:
./esc_string_tmpbuf.go:74:13:   flow: {storage for ... argument} = &{storage for .autotmp_11}:
./esc_string_tmpbuf.go:74:13:     from .autotmp_11 (spill) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:74:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:     from fmt.Println(conv("exactly thirty-two bytes long..!")) (call parameter) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13: .autotmp_10 escapes to heap:
./esc_string_tmpbuf.go:74:13:   flow: {storage for ... argument} = &{storage for .autotmp_10}:
./esc_string_tmpbuf.go:74:13:     from .autotmp_10 (spill) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:74:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:     from fmt.Println(conv("exactly thirty-two bytes long..!")) (call parameter) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13: .autotmp_9 escapes to heap:
./esc_string_tmpbuf.go:74:13:   flow: {storage for ... argument} = &{storage for .autotmp_9}:
./esc_string_tmpbuf.go:74:13:     from .autotmp_9 (spill) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:74:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:     from fmt.Println(conv("exactly thirty-two bytes long..!")) (call parameter) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13: .autotmp_8 escapes to heap:
./esc_string_tmpbuf.go:74:13:   flow: {storage for ... argument} = &{storage for .autotmp_8}:
./esc_string_tmpbuf.go:74:13:     from .autotmp_8 (spill) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:74:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:74:13:     from fmt.Println(conv("exactly thirty-two bytes long..!")) (call parameter) at ./esc_string_tmpbuf.go:74:13
./esc_string_tmpbuf.go:73:13: .autotmp_7 escapes to heap:
./esc_string_tmpbuf.go:73:13:   flow: {storage for ... argument} = &{storage for .autotmp_7}:
./esc_string_tmpbuf.go:73:13:     from .autotmp_7 (spill) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:73:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:     from fmt.Println(conv("a long string that does not fit in 32 bytes at all")) (call parameter) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13: .autotmp_6 escapes to heap:
./esc_string_tmpbuf.go:73:13:   flow: {storage for ... argument} = &{storage for .autotmp_6}:
./esc_string_tmpbuf.go:73:13:     from .autotmp_6 (spill) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:73:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:     from fmt.Println(conv("a long string that does not fit in 32 bytes at all")) (call parameter) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13: .autotmp_5 escapes to heap:
./esc_string_tmpbuf.go:73:13:   flow: {storage for ... argument} = &{storage for .autotmp_5}:
./esc_string_tmpbuf.go:73:13:     from .autotmp_5 (spill) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:73:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:     from fmt.Println(conv("a long string that does not fit in 32 bytes at all")) (call parameter) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13: .autotmp_4 escapes to heap:
./esc_string_tmpbuf.go:73:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
./esc_string_tmpbuf.go:73:13:     from .autotmp_4 (spill) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:73:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:73:13:     from fmt.Println(conv("a long string that does not fit in 32 bytes at all")) (call parameter) at ./esc_string_tmpbuf.go:73:13
./esc_string_tmpbuf.go:72:13: .autotmp_3 escapes to heap:
./esc_string_tmpbuf.go:72:13:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
./esc_string_tmpbuf.go:72:13:     from .autotmp_3 (spill) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:72:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:     from fmt.Println(conv("héllo")) (call parameter) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13: .autotmp_2 escapes to heap:
./esc_string_tmpbuf.go:72:13:   flow: {storage for ... argument} = &{storage for .autotmp_2}:
./esc_string_tmpbuf.go:72:13:     from .autotmp_2 (spill) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:72:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:     from fmt.Println(conv("héllo")) (call parameter) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13: .autotmp_1 escapes to heap:
./esc_string_tmpbuf.go:72:13:   flow: {storage for ... argument} = &{storage for .autotmp_1}:
./esc_string_tmpbuf.go:72:13:     from .autotmp_1 (spill) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:72:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:     from fmt.Println(conv("héllo")) (call parameter) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13: .autotmp_0 escapes to heap:
./esc_string_tmpbuf.go:72:13:   flow: {storage for ... argument} = &{storage for .autotmp_0}:
./esc_string_tmpbuf.go:72:13:     from .autotmp_0 (spill) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:72:13:     from ... argument (spill) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:72:13:     from fmt.Println(conv("héllo")) (call parameter) at ./esc_string_tmpbuf.go:72:13
./esc_string_tmpbuf.go:71:58: three("banana", "bandana", "cabana") escapes to heap:
./esc_string_tmpbuf.go:71:58:   flow: {storage for ... argument} = &{storage for three("banana", "bandana", "cabana")}:
./esc_string_tmpbuf.go:71:58:     from three("banana", "bandana", "cabana") (spill) at ./esc_string_tmpbuf.go:71:58
./esc_string_tmpbuf.go:71:58:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:71:13
./esc_string_tmpbuf.go:71:58:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:71:58:     from ... argument (spill) at ./esc_string_tmpbuf.go:71:13
./esc_string_tmpbuf.go:71:58:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:71:13
./esc_string_tmpbuf.go:71:41: returned("x", "y") escapes to heap:
./esc_string_tmpbuf.go:71:41:   flow: {storage for ... argument} = &{storage for returned("x", "y")}:
./esc_string_tmpbuf.go:71:41:     from returned("x", "y") (spill) at ./esc_string_tmpbuf.go:71:41
./esc_string_tmpbuf.go:71:41:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:71:13
./esc_string_tmpbuf.go:71:41:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:71:41:     from ... argument (spill) at ./esc_string_tmpbuf.go:71:13
./esc_string_tmpbuf.go:71:41:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:71:13
./esc_string_tmpbuf.go:71:19: local("ab", "cd") escapes to heap:
./esc_string_tmpbuf.go:71:19:   flow: {storage for ... argument} = &{storage for local("ab", "cd")}:
./esc_string_tmpbuf.go:71:19:     from local("ab", "cd") (spill) at ./esc_string_tmpbuf.go:71:19
./esc_string_tmpbuf.go:71:19:     from ... argument (slice-literal-element) at ./esc_string_tmpbuf.go:71:13
./esc_string_tmpbuf.go:71:19:   flow: {heap} = {storage for ... argument}:
./esc_string_tmpbuf.go:71:19:     from ... argument (spill) at ./esc_string_tmpbuf.go:71:13
./esc_string_tmpbuf.go:71:19:     from fmt.Println(... argument...) (call parameter) at ./esc_string_tmpbuf.go:71:13
./esc_string_tmpbuf.go:91:36: string(r[1:5]) escapes to heap:
./esc_string_tmpbuf.go:91:36:   flow: {storage for string(r[1:5])} = &{storage for string(r[1:5])}:
./esc_string_tmpbuf.go:91:36:     from string(r[1:5]) (spill) at ./esc_string_tmpbuf.go:91:36
./esc_string_tmpbuf.go:91:36:     from string(r[1:5]) (interface-converted) at ./esc_string_tmpbuf.go:91:36
./esc_string_tmpbuf.go:89:20: string(keepBytes) escapes to heap:
./esc_string_tmpbuf.go:89:20:   flow: {storage for string(keepBytes)} = &{storage for string(keepBytes)}:
./esc_string_tmpbuf.go:89:20:     from string(keepBytes) (spill) at ./esc_string_tmpbuf.go:89:20
./esc_string_tmpbuf.go:89:20:     from string(keepBytes) (interface-converted) at ./esc_string_tmpbuf.go:89:20
./esc_string_tmpbuf.go:85:20: string(b) escapes to heap:
./esc_string_tmpbuf.go:85:20:   flow: {storage for string(b)} = &{storage for string(b)}:
./esc_string_tmpbuf.go:85:20:     from string(b) (spill) at ./esc_string_tmpbuf.go:85:20
./esc_string_tmpbuf.go:85:20:     from string(b) (interface-converted) at ./esc_string_tmpbuf.go:85:20
./esc_string_tmpbuf.go:77:10: s + "!" escapes to heap:
./esc_string_tmpbuf.go:77:10:   flow: t = &{storage for s + "!"}:
./esc_string_tmpbuf.go:77:10:     from s + "!" (spill) at ./esc_string_tmpbuf.go:77:10
./esc_string_tmpbuf.go:77:10:     from t := s + "!" (assign) at ./esc_string_tmpbuf.go:77:5
./esc_string_tmpbuf.go:77:10:   flow: s = t:
./esc_string_tmpbuf.go:77:10:     from t[:1] (slice) at ./esc_string_tmpbuf.go:78:8
./esc_string_tmpbuf.go:77:10:     from s = t[:1] (assign) at ./esc_string_tmpbuf.go:78:5
./esc_string_tmpbuf.go:77:10:   flow: {storage for s} = s:
./esc_string_tmpbuf.go:77:10:     from s (interface-converted) at ./esc_string_tmpbuf.go:81:13
./esc_string_tmpbuf.go:71:13: ... argument does not escape
./esc_string_tmpbuf.go:71:19: local("ab", "cd") escapes to heap
./esc_string_tmpbuf.go:71:41: returned("x", "y") escapes to heap
./esc_string_tmpbuf.go:71:58: three("banana", "bandana", "cabana") escapes to heap
./esc_string_tmpbuf.go:72:13: ... argument does not escape
./esc_string_tmpbuf.go:72:13: .autotmp_0 escapes to heap
./esc_string_tmpbuf.go:72:13: .autotmp_1 escapes to heap
./esc_string_tmpbuf.go:72:13: .autotmp_2 escapes to heap
./esc_string_tmpbuf.go:72:13: .autotmp_3 escapes to heap
./esc_string_tmpbuf.go:73:13: ... argument does not escape
./esc_string_tmpbuf.go:73:13: .autotmp_4 escapes to heap
./esc_string_tmpbuf.go:73:13: .autotmp_5 escapes to heap
./esc_string_tmpbuf.go:73:13: .autotmp_6 escapes to heap
./esc_string_tmpbuf.go:73:13: .autotmp_7 escapes to heap
./esc_string_tmpbuf.go:74:13: ... argument does not escape
./esc_string_tmpbuf.go:74:13: .autotmp_8 escapes to heap
./esc_string_tmpbuf.go:74:13: .autotmp_9 escapes to heap
./esc_string_tmpbuf.go:74:13: .autotmp_10 escapes to heap
./esc_string_tmpbuf.go:74:13: .autotmp_11 escapes to heap
./esc_string_tmpbuf.go:77:10: s + "!" escapes to heap
./esc_string_tmpbuf.go:80:13: ([]byte)("abc") does not escape
./esc_string_tmpbuf.go:81:13: ... argument does not escape
./esc_string_tmpbuf.go:81:13: s escapes to heap
./esc_string_tmpbuf.go:81:20: len(b) escapes to heap
./esc_string_tmpbuf.go:81:28: cap(b) escapes to heap
./esc_string_tmpbuf.go:81:38: share("zz") escapes to heap
./esc_string_tmpbuf.go:81:38: keep escapes to heap
./esc_string_tmpbuf.go:83:12: ([]byte)(c) does not escape
./esc_string_tmpbuf.go:85:13: ... argument does not escape
./esc_string_tmpbuf.go:85:20: string(b) escapes to heap
./esc_string_tmpbuf.go:85:20: string(b) escapes to heap
./esc_string_tmpbuf.go:85:28: len(b) escapes to heap
./esc_string_tmpbuf.go:85:36: cap(b) escapes to heap
./esc_string_tmpbuf.go:86:13: ... argument does not escape
./esc_string_tmpbuf.go:86:30: acrossIterations([]string{...}) escapes to heap
./esc_string_tmpbuf.go:86:39: []string{...} does not escape
./esc_string_tmpbuf.go:86:75: lastOfLoop([]string{...}) escapes to heap
./esc_string_tmpbuf.go:86:84: []string{...} does not escape
./esc_string_tmpbuf.go:88:21: map[string]int{...} does not escape
./esc_string_tmpbuf.go:89:13: ... argument does not escape
./esc_string_tmpbuf.go:89:20: string(keepBytes) escapes to heap
./esc_string_tmpbuf.go:89:20: string(keepBytes) escapes to heap
./esc_string_tmpbuf.go:89:36: len(keepBytes) escapes to heap
./esc_string_tmpbuf.go:89:52: cap(keepBytes) escapes to heap
./esc_string_tmpbuf.go:89:71: lookup(m, ([]byte)("key")) escapes to heap
./esc_string_tmpbuf.go:89:81: ([]byte)("key") does not escape
./esc_string_tmpbuf.go:90:13: []rune{...} does not escape
./esc_string_tmpbuf.go:91:13: ... argument does not escape
./esc_string_tmpbuf.go:91:17: len(r) escapes to heap
./esc_string_tmpbuf.go:91:25: cap(r) escapes to heap
./esc_string_tmpbuf.go:91:36: string(r[1:5]) escapes to heap
./esc_string_tmpbuf.go:91:36: string(r[1:5]) escapes to heap

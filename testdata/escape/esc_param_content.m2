./esc_param_content.go:14:15: parameter l leaks to {heap} with derefs=1:
./esc_param_content.go:14:15:   flow: {heap} = *l:
./esc_param_content.go:14:15:     from l.head (dot of pointer) at ./esc_param_content.go:15:14
./esc_param_content.go:14:15:     from keptHead = l.head (assign) at ./esc_param_content.go:15:11
./esc_param_content.go:14:15: leaking param content: l
./esc_param_content.go:18:15: parameter l leaks to {heap} with derefs=1:
./esc_param_content.go:18:15:   flow: {heap} = *l:
./esc_param_content.go:18:15:     from l.rest (dot of pointer) at ./esc_param_content.go:19:14
./esc_param_content.go:18:15:     from keptRest = l.rest (assign) at ./esc_param_content.go:19:11
./esc_param_content.go:18:15: leaking param content: l
./esc_param_content.go:22:16: parameter s leaks to {heap} with derefs=1:
./esc_param_content.go:22:16:   flow: {heap} = *s:
./esc_param_content.go:22:16:     from s[0] (dot of pointer) at ./esc_param_content.go:23:14
./esc_param_content.go:22:16:     from keptHead = s[0] (assign) at ./esc_param_content.go:23:11
./esc_param_content.go:22:16: leaking param content: s
./esc_param_content.go:34:25: *keptRest.head escapes to heap:
./esc_param_content.go:34:25:   flow: {storage for ... argument} = &{storage for *keptRest.head}:
./esc_param_content.go:34:25:     from *keptRest.head (spill) at ./esc_param_content.go:34:25
./esc_param_content.go:34:25:     from ... argument (slice-literal-element) at ./esc_param_content.go:34:13
./esc_param_content.go:34:25:   flow: {heap} = {storage for ... argument}:
./esc_param_content.go:34:25:     from ... argument (spill) at ./esc_param_content.go:34:13
./esc_param_content.go:34:25:     from fmt.Println(... argument...) (call parameter) at ./esc_param_content.go:34:13
./esc_param_content.go:34:14: *keptHead escapes to heap:
./esc_param_content.go:34:14:   flow: {storage for ... argument} = &{storage for *keptHead}:
./esc_param_content.go:34:14:     from *keptHead (spill) at ./esc_param_content.go:34:14
./esc_param_content.go:34:14:     from ... argument (slice-literal-element) at ./esc_param_content.go:34:13
./esc_param_content.go:34:14:   flow: {heap} = {storage for ... argument}:
./esc_param_content.go:34:14:     from ... argument (spill) at ./esc_param_content.go:34:13
./esc_param_content.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./esc_param_content.go:34:13
./esc_param_content.go:32:2: c escapes to heap:
./esc_param_content.go:32:2:   flow: {storage for []*int{...}} = &c:
./esc_param_content.go:32:2:     from &c (address-of) at ./esc_param_content.go:33:19
./esc_param_content.go:32:2:     from []*int{...} (slice-literal-element) at ./esc_param_content.go:33:18
./esc_param_content.go:32:2:   flow: {heap} = {storage for []*int{...}}:
./esc_param_content.go:32:2:     from []*int{...} (spill) at ./esc_param_content.go:33:18
./esc_param_content.go:32:2:     from keepFirst([]*int{...}) (call parameter) at ./esc_param_content.go:33:11
./esc_param_content.go:28:2: tail escapes to heap:
./esc_param_content.go:28:2:   flow: l = &tail:
./esc_param_content.go:28:2:     from &tail (address-of) at ./esc_param_content.go:29:28
./esc_param_content.go:28:2:     from list{...} (struct literal element) at ./esc_param_content.go:29:11
./esc_param_content.go:28:2:     from l := list{...} (assign) at ./esc_param_content.go:29:4
./esc_param_content.go:28:2:   flow: {heap} = l:
./esc_param_content.go:28:2:     from &l (address-of) at ./esc_param_content.go:30:11
./esc_param_content.go:28:2:     from keepHead(&l) (call parameter) at ./esc_param_content.go:30:10
./esc_param_content.go:27:2: a escapes to heap:
./esc_param_content.go:27:2:   flow: l = &a:
./esc_param_content.go:27:2:     from &a (address-of) at ./esc_param_content.go:29:18
./esc_param_content.go:27:2:     from list{...} (struct literal element) at ./esc_param_content.go:29:11
./esc_param_content.go:27:2:     from l := list{...} (assign) at ./esc_param_content.go:29:4
./esc_param_content.go:27:2:   flow: {heap} = l:
./esc_param_content.go:27:2:     from &l (address-of) at ./esc_param_content.go:30:11
./esc_param_content.go:27:2:     from keepHead(&l) (call parameter) at ./esc_param_content.go:30:10
./esc_param_content.go:27:5: b escapes to heap:
./esc_param_content.go:27:5:   flow: tail = &b:
./esc_param_content.go:27:5:     from &b (address-of) at ./esc_param_content.go:28:21
./esc_param_content.go:27:5:     from list{...} (struct literal element) at ./esc_param_content.go:28:14
./esc_param_content.go:27:5:     from tail := list{...} (assign) at ./esc_param_content.go:28:7
./esc_param_content.go:27:2: moved to heap: a
./esc_param_content.go:27:5: moved to heap: b
./esc_param_content.go:28:2: moved to heap: tail
./esc_param_content.go:32:2: moved to heap: c
./esc_param_content.go:33:18: []*int{...} does not escape
./esc_param_content.go:34:13: ... argument does not escape
./esc_param_content.go:34:14: *keptHead escapes to heap
./esc_param_content.go:34:25: *keptRest.head escapes to heap

./esc_store_through_ptr.go:29:2: a escapes to heap:
./esc_store_through_ptr.go:29:2:   flow: {heap} = &a:
./esc_store_through_ptr.go:29:2:     from &a (address-of) at ./esc_store_through_ptr.go:31:10
./esc_store_through_ptr.go:29:2:     from n.val = &a (assign) at ./esc_store_through_ptr.go:31:8
./esc_store_through_ptr.go:29:2: moved to heap: a
./esc_store_through_ptr.go:30:7: &node{} does not escape
./esc_store_through_ptr.go:36:2: a escapes to heap:
./esc_store_through_ptr.go:36:2:   flow: {heap} = &a:
./esc_store_through_ptr.go:36:2:     from &a (address-of) at ./esc_store_through_ptr.go:39:8
./esc_store_through_ptr.go:36:2:     from *pp = &a (assign) at ./esc_store_through_ptr.go:39:6
./esc_store_through_ptr.go:36:2: moved to heap: a
./esc_store_through_ptr.go:44:2: a escapes to heap:
./esc_store_through_ptr.go:44:2:   flow: {heap} = &a:
./esc_store_through_ptr.go:44:2:     from &a (address-of) at ./esc_store_through_ptr.go:46:15
./esc_store_through_ptr.go:44:2:     from n.next.val = &a (assign) at ./esc_store_through_ptr.go:46:13
./esc_store_through_ptr.go:44:2: moved to heap: a
./esc_store_through_ptr.go:45:18: &node{} does not escape
./esc_store_through_ptr.go:51:2: a escapes to heap:
./esc_store_through_ptr.go:51:2:   flow: {heap} = &a:
./esc_store_through_ptr.go:51:2:     from &a (address-of) at ./esc_store_through_ptr.go:53:9
./esc_store_through_ptr.go:51:2:     from s[0] = &a (assign) at ./esc_store_through_ptr.go:53:7
./esc_store_through_ptr.go:51:2: moved to heap: a
./esc_store_through_ptr.go:52:13: []*int{...} does not escape
./esc_store_through_ptr.go:58:2: a escapes to heap:
./esc_store_through_ptr.go:58:2:   flow: {heap} = &a:
./esc_store_through_ptr.go:58:2:     from &a (address-of) at ./esc_store_through_ptr.go:60:11
./esc_store_through_ptr.go:58:2:     from arr[0] = &a (assign) at ./esc_store_through_ptr.go:60:9
./esc_store_through_ptr.go:58:2: moved to heap: a
./esc_store_through_ptr.go:59:9: &[2]*int{} does not escape
./esc_store_through_ptr.go:64:11: p does not escape
./esc_store_through_ptr.go:73:2: a escapes to heap:
./esc_store_through_ptr.go:73:2:   flow: {heap} = &a:
./esc_store_through_ptr.go:73:2:     from &a (address-of) at ./esc_store_through_ptr.go:74:11
./esc_store_through_ptr.go:73:2:     from f(&a) (call parameter) at ./esc_store_through_ptr.go:74:10
./esc_store_through_ptr.go:72:22: f does not escape
./esc_store_through_ptr.go:73:2: moved to heap: a
./esc_store_through_ptr.go:79:74: viaClosureParam(keep) escapes to heap:
./esc_store_through_ptr.go:79:74:   flow: {storage for ... argument} = &{storage for viaClosureParam(keep)}:
./esc_store_through_ptr.go:79:74:     from viaClosureParam(keep) (spill) at ./esc_store_through_ptr.go:79:74
./esc_store_through_ptr.go:79:74:     from ... argument (slice-literal-element) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:74:   flow: {heap} = {storage for ... argument}:
./esc_store_through_ptr.go:79:74:     from ... argument (spill) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:74:     from fmt.Println(... argument...) (call parameter) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:55: viaFuncValue() escapes to heap:
./esc_store_through_ptr.go:79:55:   flow: {storage for ... argument} = &{storage for viaFuncValue()}:
./esc_store_through_ptr.go:79:55:     from viaFuncValue() (spill) at ./esc_store_through_ptr.go:79:55
./esc_store_through_ptr.go:79:55:     from ... argument (slice-literal-element) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:55:   flow: {heap} = {storage for ... argument}:
./esc_store_through_ptr.go:79:55:     from ... argument (spill) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:55:     from fmt.Println(... argument...) (call parameter) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:39: intoArrayPtr() escapes to heap:
./esc_store_through_ptr.go:79:39:   flow: {storage for ... argument} = &{storage for intoArrayPtr()}:
./esc_store_through_ptr.go:79:39:     from intoArrayPtr() (spill) at ./esc_store_through_ptr.go:79:39
./esc_store_through_ptr.go:79:39:     from ... argument (slice-literal-element) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:39:   flow: {heap} = {storage for ... argument}:
./esc_store_through_ptr.go:79:39:     from ... argument (spill) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:39:     from fmt.Println(... argument...) (call parameter) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:23: intoSlice() escapes to heap:
./esc_store_through_ptr.go:79:23:   flow: {storage for ... argument} = &{storage for intoSlice()}:
./esc_store_through_ptr.go:79:23:     from intoSlice() (spill) at ./esc_store_through_ptr.go:79:23
./esc_store_through_ptr.go:79:23:     from ... argument (slice-literal-element) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:23:   flow: {heap} = {storage for ... argument}:
./esc_store_through_ptr.go:79:23:     from ... argument (spill) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:79:23:     from fmt.Println(... argument...) (call parameter) at ./esc_store_through_ptr.go:79:13
./esc_store_through_ptr.go:78:85: throughEmbedded() escapes to heap:
./esc_store_through_ptr.go:78:85:   flow: {storage for ... argument} = &{storage for throughEmbedded()}:
./esc_store_through_ptr.go:78:85:     from throughEmbedded() (spill) at ./esc_store_through_ptr.go:78:85
./esc_store_through_ptr.go:78:85:     from ... argument (slice-literal-element) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:85:   flow: {heap} = {storage for ... argument}:
./esc_store_through_ptr.go:78:85:     from ... argument (spill) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:85:     from fmt.Println(... argument...) (call parameter) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:66: throughDeref() escapes to heap:
./esc_store_through_ptr.go:78:66:   flow: {storage for ... argument} = &{storage for throughDeref()}:
./esc_store_through_ptr.go:78:66:     from throughDeref() (spill) at ./esc_store_through_ptr.go:78:66
./esc_store_through_ptr.go:78:66:     from ... argument (slice-literal-element) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:66:   flow: {heap} = {storage for ... argument}:
./esc_store_through_ptr.go:78:66:     from ... argument (spill) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:66:     from fmt.Println(... argument...) (call parameter) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:50: throughPtr() escapes to heap:
./esc_store_through_ptr.go:78:50:   flow: {storage for ... argument} = &{storage for throughPtr()}:
./esc_store_through_ptr.go:78:50:     from throughPtr() (spill) at ./esc_store_through_ptr.go:78:50
./esc_store_through_ptr.go:78:50:     from ... argument (slice-literal-element) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:50:   flow: {heap} = {storage for ... argument}:
./esc_store_through_ptr.go:78:50:     from ... argument (spill) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:50:     from fmt.Println(... argument...) (call parameter) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:36: intoArray() escapes to heap:
./esc_store_through_ptr.go:78:36:   flow: {storage for ... argument} = &{storage for intoArray()}:
./esc_store_through_ptr.go:78:36:     from intoArray() (spill) at ./esc_store_through_ptr.go:78:36
./esc_store_through_ptr.go:78:36:     from ... argument (slice-literal-element) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:36:   flow: {heap} = {storage for ... argument}:
./esc_store_through_ptr.go:78:36:     from ... argument (spill) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:36:     from fmt.Println(... argument...) (call parameter) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:23: intoField() escapes to heap:
./esc_store_through_ptr.go:78:23:   flow: {storage for ... argument} = &{storage for intoField()}:
./esc_store_through_ptr.go:78:23:     from intoField() (spill) at ./esc_store_through_ptr.go:78:23
./esc_store_through_ptr.go:78:23:     from ... argument (slice-literal-element) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:23:   flow: {heap} = {storage for ... argument}:
./esc_store_through_ptr.go:78:23:     from ... argument (spill) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:23:     from fmt.Println(... argument...) (call parameter) at ./esc_store_through_ptr.go:78:13
./esc_store_through_ptr.go:78:13: ... argument does not escape
./esc_store_through_ptr.go:78:23: intoField() escapes to heap
./esc_store_through_ptr.go:78:36: intoArray() escapes to heap
./esc_store_through_ptr.go:78:50: throughPtr() escapes to heap
./esc_store_through_ptr.go:78:66: throughDeref() escapes to heap
./esc_store_through_ptr.go:78:85: throughEmbedded() escapes to heap
./esc_store_through_ptr.go:79:13: ... argument does not escape
./esc_store_through_ptr.go:79:23: intoSlice() escapes to heap
./esc_store_through_ptr.go:79:39: intoArrayPtr() escapes to heap
./esc_store_through_ptr.go:79:55: viaFuncValue() escapes to heap
./esc_store_through_ptr.go:79:74: viaClosureParam(keep) escapes to heap

./esc2_range.go:8:11: parameter items leaks to {heap} with derefs=1:
./esc2_range.go:8:11:   flow: {temp} = items:
./esc2_range.go:8:11:   flow: it = *{temp}:
./esc2_range.go:8:11:     from for loop (range-deref) at ./esc2_range.go:9:15
./esc2_range.go:8:11:   flow: {heap} = it:
./esc2_range.go:8:11:     from best = it (assign) at ./esc2_range.go:11:9
./esc2_range.go:8:11: leaking param content: items
./esc2_range.go:16:12: xs does not escape
./esc2_range.go:27:3: v escapes to heap:
./esc2_range.go:27:3:   flow: {heap} = &v:
./esc2_range.go:27:3:     from &v (address-of) at ./esc2_range.go:28:19
./esc2_range.go:27:3:     from append(ps, &v) (call parameter) at ./esc2_range.go:28:14
./esc2_range.go:27:3: moved to heap: v
./esc2_range.go:34:5: b escapes to heap:
./esc2_range.go:34:5:   flow: {storage for []*item{...}} = &b:
./esc2_range.go:34:5:     from &b (address-of) at ./esc2_range.go:35:19
./esc2_range.go:34:5:     from []*item{...} (slice-literal-element) at ./esc2_range.go:35:14
./esc2_range.go:34:5:   flow: {heap} = {storage for []*item{...}}:
./esc2_range.go:34:5:     from []*item{...} (spill) at ./esc2_range.go:35:14
./esc2_range.go:34:5:     from pick([]*item{...}) (call parameter) at ./esc2_range.go:35:6
./esc2_range.go:34:2: a escapes to heap:
./esc2_range.go:34:2:   flow: {storage for []*item{...}} = &a:
./esc2_range.go:34:2:     from &a (address-of) at ./esc2_range.go:35:15
./esc2_range.go:34:2:     from []*item{...} (slice-literal-element) at ./esc2_range.go:35:14
./esc2_range.go:34:2:   flow: {heap} = {storage for []*item{...}}:
./esc2_range.go:34:2:     from []*item{...} (spill) at ./esc2_range.go:35:14
./esc2_range.go:34:2:     from pick([]*item{...}) (call parameter) at ./esc2_range.go:35:6
./esc2_range.go:34:2: moved to heap: a
./esc2_range.go:34:5: moved to heap: b
./esc2_range.go:35:14: []*item{...} does not escape

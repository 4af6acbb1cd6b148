./esc_strings_join_split.go:9:12: parameter s leaks to {heap} with derefs=0:
./esc_strings_join_split.go:9:12:   flow: {heap} = s:
./esc_strings_join_split.go:9:12:     from strings.Split(s, " ") (call parameter) at ./esc_strings_join_split.go:10:22
./esc_strings_join_split.go:9:12: leaking param: s
./esc_strings_join_split.go:13:17: parameter s leaks to {heap} with derefs=0:
./esc_strings_join_split.go:13:17:   flow: {heap} = s:
./esc_strings_join_split.go:13:17:     from strings.Split(s, " ") (call parameter) at ./esc_strings_join_split.go:14:24
./esc_strings_join_split.go:13:17: leaking param: s
./esc_strings_join_split.go:18:16: parameter c leaks to ~r0 with derefs=0:
./esc_strings_join_split.go:18:16:   flow: {storage for []string{...}} = c:
./esc_strings_join_split.go:18:16:     from []string{...} (slice-literal-element) at ./esc_strings_join_split.go:19:30
./esc_strings_join_split.go:18:16:   flow: ~r0 = {storage for []string{...}}:
./esc_strings_join_split.go:18:16:     from []string{...} (spill) at ./esc_strings_join_split.go:19:30
./esc_strings_join_split.go:18:16:     from strings.Join([]string{...}, ",") (call parameter) at ./esc_strings_join_split.go:19:21
./esc_strings_join_split.go:18:16:     from return strings.Join([]string{...}, ",") (return) at ./esc_strings_join_split.go:19:2
./esc_strings_join_split.go:18:13: parameter b leaks to ~r0 with derefs=0:
./esc_strings_join_split.go:18:13:   flow: {storage for []string{...}} = b:
./esc_strings_join_split.go:18:13:     from []string{...} (slice-literal-element) at ./esc_strings_join_split.go:19:30
./esc_strings_join_split.go:18:13:   flow: ~r0 = {storage for []string{...}}:
./esc_strings_join_split.go:18:13:     from []string{...} (spill) at ./esc_strings_join_split.go:19:30
./esc_strings_join_split.go:18:13:     from strings.Join([]string{...}, ",") (call parameter) at ./esc_strings_join_split.go:19:21
./esc_strings_join_split.go:18:13:     from return strings.Join([]string{...}, ",") (return) at ./esc_strings_join_split.go:19:2
./esc_strings_join_split.go:18:10: parameter a leaks to ~r0 with derefs=0:
./esc_strings_join_split.go:18:10:   flow: {storage for []string{...}} = a:
./esc_strings_join_split.go:18:10:     from []string{...} (slice-literal-element) at ./esc_strings_join_split.go:19:30
./esc_strings_join_split.go:18:10:   flow: ~r0 = {storage for []string{...}}:
./esc_strings_join_split.go:18:10:     from []string{...} (spill) at ./esc_strings_join_split.go:19:30
./esc_strings_join_split.go:18:10:     from strings.Join([]string{...}, ",") (call parameter) at ./esc_strings_join_split.go:19:21
./esc_strings_join_split.go:18:10:     from return strings.Join([]string{...}, ",") (return) at ./esc_strings_join_split.go:19:2
./esc_strings_join_split.go:18:10: leaking param: a to result ~r0 level=0
./esc_strings_join_split.go:18:13: leaking param: b to result ~r0 level=0
./esc_strings_join_split.go:18:16: leaking param: c to result ~r0 level=0
./esc_strings_join_split.go:19:30: []string{...} does not escape
./esc_strings_join_split.go:22:13: parameter s leaks to {heap} with derefs=0:
./esc_strings_join_split.go:22:13:   flow: {heap} = s:
./esc_strings_join_split.go:22:13:     from strings.Split(s, "-") (call parameter) at ./esc_strings_join_split.go:23:35
./esc_strings_join_split.go:22:13: leaking param: s
./esc_strings_join_split.go:28:67: rejoin("p-q") escapes to heap:
./esc_strings_join_split.go:28:67:   flow: {storage for ... argument} = &{storage for rejoin("p-q")}:
./esc_strings_join_split.go:28:67:     from rejoin("p-q") (spill) at ./esc_strings_join_split.go:28:67
./esc_strings_join_split.go:28:67:     from ... argument (slice-literal-element) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:67:   flow: {heap} = {storage for ... argument}:
./esc_strings_join_split.go:28:67:     from ... argument (spill) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:67:     from fmt.Println(... argument...) (call parameter) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:44: csv("1", "2", "3") escapes to heap:
./esc_strings_join_split.go:28:44:   flow: {storage for ... argument} = &{storage for csv("1", "2", "3")}:
./esc_strings_join_split.go:28:44:     from csv("1", "2", "3") (spill) at ./esc_strings_join_split.go:28:44
./esc_strings_join_split.go:28:44:     from ... argument (slice-literal-element) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:44:   flow: {heap} = {storage for ... argument}:
./esc_strings_join_split.go:28:44:     from ... argument (spill) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:44:     from fmt.Println(... argument...) (call parameter) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:32: countWords("x y") escapes to heap:
./esc_strings_join_split.go:28:32:   flow: {storage for ... argument} = &{storage for countWords("x y")}:
./esc_strings_join_split.go:28:32:     from countWords("x y") (spill) at ./esc_strings_join_split.go:28:32
./esc_strings_join_split.go:28:32:     from ... argument (slice-literal-element) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:32:   flow: {heap} = {storage for ... argument}:
./esc_strings_join_split.go:28:32:     from ... argument (spill) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:32:     from fmt.Println(... argument...) (call parameter) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:17: len(w) escapes to heap:
./esc_strings_join_split.go:28:17:   flow: {storage for ... argument} = &{storage for len(w)}:
./esc_strings_join_split.go:28:17:     from len(w) (spill) at ./esc_strings_join_split.go:28:17
./esc_strings_join_split.go:28:17:     from ... argument (slice-literal-element) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:17:   flow: {heap} = {storage for ... argument}:
./esc_strings_join_split.go:28:17:     from ... argument (spill) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./esc_strings_join_split.go:28:13
./esc_strings_join_split.go:28:13: ... argument does not escape
./esc_strings_join_split.go:28:17: len(w) escapes to heap
./esc_strings_join_split.go:28:32: countWords("x y") escapes to heap
./esc_strings_join_split.go:28:44: csv("1", "2", "3") escapes to heap
./esc_strings_join_split.go:28:67: rejoin("p-q") escapes to heap

./esc_strings_builder.go:9:13: s does not escape
./esc_strings_builder.go:17:16: parameter sb leaks to {heap} with derefs=1:
./esc_strings_builder.go:17:16:   flow: {heap} = *sb:
./esc_strings_builder.go:17:16:     from (*strings.Builder).WriteByte(sb, ',') (call parameter) at ./esc_strings_builder.go:20:16
./esc_strings_builder.go:17:16: leaking param content: sb
./esc_strings_builder.go:17:37: xs does not escape
./esc_strings_builder.go:26:11: xs does not escape
./esc_strings_builder.go:35:35: list([]string{...}) escapes to heap:
./esc_strings_builder.go:35:35:   flow: {storage for ... argument} = &{storage for list([]string{...})}:
./esc_strings_builder.go:35:35:     from list([]string{...}) (spill) at ./esc_strings_builder.go:35:35
./esc_strings_builder.go:35:35:     from ... argument (slice-literal-element) at ./esc_strings_builder.go:35:13
./esc_strings_builder.go:35:35:   flow: {heap} = {storage for ... argument}:
./esc_strings_builder.go:35:35:     from ... argument (spill) at ./esc_strings_builder.go:35:13
./esc_strings_builder.go:35:35:     from fmt.Println(... argument...) (call parameter) at ./esc_strings_builder.go:35:13
./esc_strings_builder.go:35:20: repeat("ab", 3) escapes to heap:
./esc_strings_builder.go:35:20:   flow: {storage for ... argument} = &{storage for repeat("ab", 3)}:
./esc_strings_builder.go:35:20:     from repeat("ab", 3) (spill) at ./esc_strings_builder.go:35:20
./esc_strings_builder.go:35:20:     from ... argument (slice-literal-element) at ./esc_strings_builder.go:35:13
./esc_strings_builder.go:35:20:   flow: {heap} = {storage for ... argument}:
./esc_strings_builder.go:35:20:     from ... argument (spill) at ./esc_strings_builder.go:35:13
./esc_strings_builder.go:35:20:     from fmt.Println(... argument...) (call parameter) at ./esc_strings_builder.go:35:13
./esc_strings_builder.go:35:13: ... argument does not escape
./esc_strings_builder.go:35:20: repeat("ab", 3) escapes to heap
./esc_strings_builder.go:35:35: list([]string{...}) escapes to heap
./esc_strings_builder.go:35:44: []string{...} does not escape

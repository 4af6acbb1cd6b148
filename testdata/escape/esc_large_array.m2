./esc_large_array.go:9:6: a escapes to heap:
./esc_large_array.go:9:6:   flow: {heap} = &a:
./esc_large_array.go:9:6:     from a (too large for stack) at ./esc_large_array.go:9:6
./esc_large_array.go:9:6: moved to heap: a
./esc_large_array.go:22:10: new([11534336]byte) escapes to heap:
./esc_large_array.go:22:10:   flow: {heap} = &{storage for new([11534336]byte)}:
./esc_large_array.go:22:10:     from new([11534336]byte) (too large for stack) at ./esc_large_array.go:22:10
./esc_large_array.go:22:10: new([11534336]byte) escapes to heap
./esc_large_array.go:28:46: bigNew() escapes to heap:
./esc_large_array.go:28:46:   flow: {storage for ... argument} = &{storage for bigNew()}:
./esc_large_array.go:28:46:     from bigNew() (spill) at ./esc_large_array.go:28:46
./esc_large_array.go:28:46:     from ... argument (slice-literal-element) at ./esc_large_array.go:28:13
./esc_large_array.go:28:46:   flow: {heap} = {storage for ... argument}:
./esc_large_array.go:28:46:     from ... argument (spill) at ./esc_large_array.go:28:13
./esc_large_array.go:28:46:     from fmt.Println(... argument...) (call parameter) at ./esc_large_array.go:28:13
./esc_large_array.go:28:36: smallLocal() escapes to heap:
./esc_large_array.go:28:36:   flow: {storage for ... argument} = &{storage for smallLocal()}:
./esc_large_array.go:28:36:     from smallLocal() (spill) at ./esc_large_array.go:28:36
./esc_large_array.go:28:36:     from ... argument (slice-literal-element) at ./esc_large_array.go:28:13
./esc_large_array.go:28:36:   flow: {heap} = {storage for ... argument}:
./esc_large_array.go:28:36:     from ... argument (spill) at ./esc_large_array.go:28:13
./esc_large_array.go:28:36:     from fmt.Println(... argument...) (call parameter) at ./esc_large_array.go:28:13
./esc_large_array.go:28:22: bigLocal() escapes to heap:
./esc_large_array.go:28:22:   flow: {storage for ... argument} = &{storage for bigLocal()}:
./esc_large_array.go:28:22:     from bigLocal() (spill) at ./esc_large_array.go:28:22
./esc_large_array.go:28:22:     from ... argument (slice-literal-element) at ./esc_large_array.go:28:13
./esc_large_array.go:28:22:   flow: {heap} = {storage for ... argument}:
./esc_large_array.go:28:22:     from ... argument (spill) at ./esc_large_array.go:28:13
./esc_large_array.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./esc_large_array.go:28:13
./esc_large_array.go:28:13: ... argument does not escape
./esc_large_array.go:28:22: bigLocal() escapes to heap
./esc_large_array.go:28:36: smallLocal() escapes to heap
./esc_large_array.go:28:46: bigNew() escapes to heap

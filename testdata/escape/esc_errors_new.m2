./esc_errors_new.go:16:34: "too long: " + s escapes to heap:
./esc_errors_new.go:16:34:   flow: {heap} = &{storage for "too long: " + s}:
./esc_errors_new.go:16:34:     from "too long: " + s (spill) at ./esc_errors_new.go:16:34
./esc_errors_new.go:16:34:     from errors.New("too long: " + s) (call parameter) at ./esc_errors_new.go:16:20
./esc_errors_new.go:11:12: s does not escape
./esc_errors_new.go:16:34: "too long: " + s escapes to heap
./esc_errors_new.go:25:32: "wrapped: " + err.Error() escapes to heap:
./esc_errors_new.go:25:32:   flow: {heap} = &{storage for "wrapped: " + err.Error()}:
./esc_errors_new.go:25:32:     from "wrapped: " + err.Error() (spill) at ./esc_errors_new.go:25:32
./esc_errors_new.go:25:32:     from errors.New("wrapped: " + err.Error()) (call parameter) at ./esc_errors_new.go:25:19
./esc_errors_new.go:21:11: parameter err leaks to {heap} with derefs=0:
./esc_errors_new.go:21:11:   flow: {heap} = err:
./esc_errors_new.go:21:11:     from err.Error() (call parameter) at ./esc_errors_new.go:25:43
./esc_errors_new.go:21:11: leaking param: err
./esc_errors_new.go:25:32: "wrapped: " + err.Error() escapes to heap
./esc_errors_new.go:29:13: ... argument does not escape
./esc_errors_new.go:30:13: ... argument does not escape

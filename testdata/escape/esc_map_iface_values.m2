./esc_map_iface_values.go:8:24: parameter v leaks to {heap} with derefs=0:
./esc_map_iface_values.go:8:24:   flow: {heap} = v:
./esc_map_iface_values.go:8:24:     from props[k] = v (assign) at ./esc_map_iface_values.go:9:11
./esc_map_iface_values.go:8:14: parameter k leaks to {heap} with derefs=0:
./esc_map_iface_values.go:8:14:   flow: {heap} = k:
./esc_map_iface_values.go:8:14:     from props[k] (key of map put) at ./esc_map_iface_values.go:9:7
./esc_map_iface_values.go:8:14: leaking param: k
./esc_map_iface_values.go:8:24: leaking param: v
./esc_map_iface_values.go:14:2: n escapes to heap:
./esc_map_iface_values.go:14:2:   flow: {heap} = &{storage for n}:
./esc_map_iface_values.go:14:2:     from n (spill) at ./esc_map_iface_values.go:14:2
./esc_map_iface_values.go:14:2:     from bag["n"] = n (assign) at ./esc_map_iface_values.go:14:11
./esc_map_iface_values.go:15:2: s escapes to heap:
./esc_map_iface_values.go:15:2:   flow: {heap} = &{storage for s}:
./esc_map_iface_values.go:15:2:     from s (spill) at ./esc_map_iface_values.go:15:2
./esc_map_iface_values.go:15:2:     from bag["s"] = s (assign) at ./esc_map_iface_values.go:15:11
./esc_map_iface_values.go:12:22: parameter s leaks to {storage for s} with derefs=0:
./esc_map_iface_values.go:12:22:   flow: {storage for s} = s:
./esc_map_iface_values.go:12:22:     from s (interface-converted) at ./esc_map_iface_values.go:15:2
./esc_map_iface_values.go:12:22: leaking param: s
./esc_map_iface_values.go:13:31: map[string]interface {}{} does not escape
./esc_map_iface_values.go:14:2: n escapes to heap
./esc_map_iface_values.go:15:2: s escapes to heap
./esc_map_iface_values.go:20:18: 3 escapes to heap:
./esc_map_iface_values.go:20:18:   flow: {heap} = &{storage for 3}:
./esc_map_iface_values.go:20:18:     from 3 (spill) at ./esc_map_iface_values.go:20:18
./esc_map_iface_values.go:20:18:     from setProp("size", 3) (call parameter) at ./esc_map_iface_values.go:20:9
./esc_map_iface_values.go:21:2: x escapes to heap:
./esc_map_iface_values.go:21:2:   flow: {heap} = &x:
./esc_map_iface_values.go:21:2:     from &x (address-of) at ./esc_map_iface_values.go:22:17
./esc_map_iface_values.go:21:2:     from &x (interface-converted) at ./esc_map_iface_values.go:22:17
./esc_map_iface_values.go:21:2:     from setProp("ptr", &x) (call parameter) at ./esc_map_iface_values.go:22:9
./esc_map_iface_values.go:23:44: *props["ptr"].(*int) escapes to heap:
./esc_map_iface_values.go:23:44:   flow: {storage for ... argument} = &{storage for *props["ptr"].(*int)}:
./esc_map_iface_values.go:23:44:     from *props["ptr"].(*int) (spill) at ./esc_map_iface_values.go:23:44
./esc_map_iface_values.go:23:44:     from ... argument (slice-literal-element) at ./esc_map_iface_values.go:23:13
./esc_map_iface_values.go:23:44:   flow: {heap} = {storage for ... argument}:
./esc_map_iface_values.go:23:44:     from ... argument (spill) at ./esc_map_iface_values.go:23:13
./esc_map_iface_values.go:23:44:     from fmt.Println(... argument...) (call parameter) at ./esc_map_iface_values.go:23:13
./esc_map_iface_values.go:23:35: len(props) escapes to heap:
./esc_map_iface_values.go:23:35:   flow: {storage for ... argument} = &{storage for len(props)}:
./esc_map_iface_values.go:23:35:     from len(props) (spill) at ./esc_map_iface_values.go:23:35
./esc_map_iface_values.go:23:35:     from ... argument (slice-literal-element) at ./esc_map_iface_values.go:23:13
./esc_map_iface_values.go:23:35:   flow: {heap} = {storage for ... argument}:
./esc_map_iface_values.go:23:35:     from ... argument (spill) at ./esc_map_iface_values.go:23:13
./esc_map_iface_values.go:23:35:     from fmt.Println(... argument...) (call parameter) at ./esc_map_iface_values.go:23:13
./esc_map_iface_values.go:23:22: localBag(1, "a") escapes to heap:
./esc_map_iface_values.go:23:22:   flow: {storage for ... argument} = &{storage for localBag(1, "a")}:
./esc_map_iface_values.go:23:22:     from localBag(1, "a") (spill) at ./esc_map_iface_values.go:23:22
./esc_map_iface_values.go:23:22:     from ... argument (slice-literal-element) at ./esc_map_iface_values.go:23:13
./esc_map_iface_values.go:23:22:   flow: {heap} = {storage for ... argument}:
./esc_map_iface_values.go:23:22:     from ... argument (spill) at ./esc_map_iface_values.go:23:13
./esc_map_iface_values.go:23:22:     from fmt.Println(... argument...) (call parameter) at ./esc_map_iface_values.go:23:13
./esc_map_iface_values.go:21:2: moved to heap: x
./esc_map_iface_values.go:20:18: 3 escapes to heap
./esc_map_iface_values.go:23:13: ... argument does not escape
./esc_map_iface_values.go:23:22: localBag(1, "a") escapes to heap
./esc_map_iface_values.go:23:35: len(props) escapes to heap
./esc_map_iface_values.go:23:44: *props["ptr"].(*int) escapes to heap
./esc_map_iface_values.go:6:35: map[string]interface {}{} escapes to heap:
./esc_map_iface_values.go:6:35:   flow: {heap} = &{storage for map[string]interface {}{}}:
./esc_map_iface_values.go:6:35:     from map[string]interface {}{} (spill) at ./esc_map_iface_values.go:6:35
./esc_map_iface_values.go:6:35:     from props = map[string]interface {}{} (assign) at ./esc_map_iface_values.go:6:5
./esc_map_iface_values.go:6:35: map[string]interface {}{} escapes to heap

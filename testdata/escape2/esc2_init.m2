./esc2_init.go:11:7: &conf{...} escapes to heap:
./esc2_init.go:11:7:   flow: c = &{storage for &conf{...}}:
./esc2_init.go:11:7:     from &conf{...} (spill) at ./esc2_init.go:11:7
./esc2_init.go:11:7:     from c := &conf{...} (assign) at ./esc2_init.go:11:4
./esc2_init.go:11:7:   flow: {heap} = c:
./esc2_init.go:11:7:     from registry[name] = c (assign) at ./esc2_init.go:12:17
./esc2_init.go:10:15: parameter name leaks to {heap} with derefs=0:
./esc2_init.go:10:15:   flow: {heap} = name:
./esc2_init.go:10:15:     from registry[name] (key of map put) at ./esc2_init.go:12:10
./esc2_init.go:10:15: parameter name leaks to {storage for &conf{...}} with derefs=0:
./esc2_init.go:10:15:   flow: {storage for &conf{...}} = name:
./esc2_init.go:10:15:     from conf{...} (struct literal element) at ./esc2_init.go:11:12
./esc2_init.go:10:15: leaking param: name
./esc2_init.go:11:7: &conf{...} escapes to heap
./esc2_init.go:6:32: map[string]*conf{} escapes to heap:
./esc2_init.go:6:32:   flow: {heap} = &{storage for map[string]*conf{}}:
./esc2_init.go:6:32:     from map[string]*conf{} (spill) at ./esc2_init.go:6:32
./esc2_init.go:6:32:     from registry = map[string]*conf{} (assign) at ./esc2_init.go:6:5
./esc2_init.go:7:20: make([]*conf, 0, 4) escapes to heap:
./esc2_init.go:7:20:   flow: {heap} = &{storage for make([]*conf, 0, 4)}:
./esc2_init.go:7:20:     from make([]*conf, 0, 4) (spill) at ./esc2_init.go:7:20
./esc2_init.go:7:20:     from defaults = make([]*conf, 0, 4) (assign) at ./esc2_init.go:7:5
./esc2_init.go:6:32: map[string]*conf{} escapes to heap
./esc2_init.go:7:20: make([]*conf, 0, 4) escapes to heap

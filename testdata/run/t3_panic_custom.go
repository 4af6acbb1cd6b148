// Exercises panic with a custom error type whose Error method has a pointer receiver (gc prints the Error() text).
package main

import "fmt"

type ConfigError struct {
	Key  string
	Line int
}

func (e *ConfigError) Error() string {
	return fmt.Sprintf("config: bad key %q at line %d", e.Key, e.Line)
}

func validate(keys []string) error {
	for i, k := range keys {
		if k == "" || k[0] == '_' {
			return &ConfigError{k, i + 1}
		}
	}
	return nil
}

func mustValidate(keys []string) {
	if err := validate(keys); err != nil {
		panic(err)
	}
	fmt.Println("valid:", keys)
}

func main() {
	defer fmt.Println("deferred print runs before the panic message")
	mustValidate([]string{"name", "port"})
	mustValidate([]string{"host", "_secret", "x"})
	fmt.Println("not reached")
}

// Output:
// valid: [name port]
// deferred print runs before the panic message
// Exit: 2
// Stderr: panic: config: bad key "_secret" at line 2

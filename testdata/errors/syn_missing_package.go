// syntax: no package clause
func main() {} // ERROR "package statement must be first"

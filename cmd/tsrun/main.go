// Command tsrun runs, checks and lints TypeScript written in the erasable
// subset. This package is the only importer of cobra and stays thin: each
// command fills an options struct from flags and calls a library package;
// exit codes are typed (exitcode.go).
package main

import "os"

func main() {
	os.Exit(Main(os.Args[1:], System()))
}

package main

import (
	"io"
	"os"
)

// IOStreams is what a command reads and writes. Commands never touch
// os.Stdout directly, so tests run them against buffers (cli/cli's
// iostreams.Test pattern).
type IOStreams struct {
	In     io.Reader
	Out    io.Writer
	ErrOut io.Writer

	// OutIsTerminal and ErrIsTerminal pick pretty output and colour.
	OutIsTerminal bool
	ErrIsTerminal bool

	// Getwd and Getenv are indirected for tests.
	Getwd  func() (string, error)
	Getenv func(string) string
}

// System returns streams bound to the process.
func System() *IOStreams {
	return &IOStreams{
		In: os.Stdin, Out: os.Stdout, ErrOut: os.Stderr,
		OutIsTerminal: isTerminal(os.Stdout),
		ErrIsTerminal: isTerminal(os.Stderr),
		Getwd:         os.Getwd,
		Getenv:        os.Getenv,
	}
}

// isTerminalReader reports whether r is a terminal (stdin typed by a
// person) rather than a pipe or a file.
func isTerminalReader(r io.Reader) bool {
	f, ok := r.(*os.File)
	return ok && isTerminal(f)
}

package main

import "fmt"

// ExitCode is the process exit status of tsrun itself. `tsrun FILE` exits
// with the program's own code; these are the codes of tsrun's commands.
type ExitCode int

const (
	ExitOK    ExitCode = 0 // success; `check` found nothing
	ExitError ExitCode = 1 // the program failed to start, or `check` found errors
	ExitUsage ExitCode = 2 // bad flags or arguments, or unreadable input to `check`
)

// exitError carries an exit code through cobra's error return so that RunE
// functions stay ordinary. Silent means the message was already printed.
type exitError struct {
	code   ExitCode
	msg    string
	silent bool
}

func (e *exitError) Error() string { return e.msg }

// usageError is a bad-usage failure (exit 2) with a one-line message.
func usageError(format string, args ...any) error {
	return &exitError{code: ExitUsage, msg: fmt.Sprintf(format, args...)}
}

// silentExit ends the command with code, its output already written.
func silentExit(code ExitCode) error {
	return &exitError{code: code, silent: true}
}

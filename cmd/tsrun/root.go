package main

import (
	"errors"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// version is set at build time with -ldflags "-X main.version=…".
var version = "0.1.0-dev"

// subcommands are added by each command's file from init, so that the
// commands (run, strip, check, lsp) live in files of their own and the root
// never needs editing when one is added.
var subcommands []func(ios *IOStreams) *cobra.Command

// rootRunner runs `tsrun [flags] FILE [args...]`; set by run.go.
var rootRunner func(ios *IOStreams, cmd *cobra.Command, args []string) error

// Main runs tsrun with args and returns the process exit code.
func Main(args []string, ios *IOStreams) (code int) {
	defer func() {
		// A panic here is a bug in tsrun, never the user's: one line that
		// says so (TSRUN_DEBUG=1 adds the Go stack), not a stack dump.
		if r := recover(); r != nil {
			fmt.Fprintf(ios.ErrOut, "tsrun: internal error: %v (please report it; TSRUN_DEBUG=1 shows where)\n", r)
			if ios.Getenv("TSRUN_DEBUG") != "" {
				fmt.Fprintf(ios.ErrOut, "%s\n", debug.Stack())
			}
			code = 70
		}
	}()
	root := newRootCmd(ios)
	root.SetArgs(args)
	err := root.Execute()
	return exitCodeOf(ios, err)
}

func exitCodeOf(ios *IOStreams, err error) int {
	if err == nil {
		return int(ExitOK)
	}
	var ee *exitError
	if errors.As(err, &ee) {
		if !ee.silent && ee.msg != "" {
			fmt.Fprintf(ios.ErrOut, "tsrun: %s\n", ee.msg)
		}
		return int(ee.code)
	}
	// cobra's own errors (unknown flag, bad arguments) are usage errors.
	fmt.Fprintf(ios.ErrOut, "tsrun: %s\n", err)
	if isUsageError(err) {
		fmt.Fprintln(ios.ErrOut, "Run 'tsrun --help' for usage.")
		return int(ExitUsage)
	}
	return int(ExitError)
}

func isUsageError(err error) bool {
	msg := err.Error()
	for _, s := range []string{"unknown flag", "unknown shorthand flag", "flag needs an argument", "invalid argument", "accepts ", "requires at least", "unknown command", "bad flag syntax", "required flag"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

func newRootCmd(ios *IOStreams) *cobra.Command {
	root := &cobra.Command{
		Use:   "tsrun [flags] FILE [args...]",
		Short: "Run, check and lint TypeScript",
		Long: `tsrun runs TypeScript written in the erasable subset (the subset Node.js
runs by type stripping) with Node-compatible semantics, and checks it:
erasableSyntaxOnly rules and a small type checker, with tsc's error codes.

Everything after FILE is passed to the program as process.argv.`,
		Version:       version,
		SilenceUsage:  true,
		SilenceErrors: true,
		Args:          cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if rootRunner == nil {
				return cmd.Help()
			}
			return rootRunner(ios, cmd, args)
		},
	}
	root.SetIn(ios.In)
	root.SetOut(ios.Out)
	root.SetErr(ios.ErrOut)
	root.SetVersionTemplate("tsrun {{.Version}}\n")
	// Flags after FILE belong to the program, as with node.
	addRunFlags(root)
	for _, sub := range subcommands {
		root.AddCommand(sub(ios))
	}
	root.CompletionOptions.DisableDefaultCmd = true
	return root
}

package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/runtime"
)

// RunOptions is `tsrun [flags] FILE [args...]` and `tsrun run`.
type RunOptions struct {
	IO   *IOStreams
	File string   // "-" reads the program from stdin
	Eval string   // -e CODE
	Args []string // process.argv[2:]

	NoCache bool // --no-cache (run_cache.go)

	// Runner is runtime.Run; tests replace it.
	Runner func(runtime.Options) (int, error)
}

func init() {
	rootRunner = func(ios *IOStreams, cmd *cobra.Command, args []string) error {
		opts, err := runOptionsFromFlags(ios, cmd, args)
		if err != nil {
			return err
		}
		return runRun(opts)
	}
	subcommands = append(subcommands, newCmdRun)
}

// addRunFlags puts the run flags on the root and on `tsrun run`.
func addRunFlags(cmd *cobra.Command) {
	cmd.Flags().StringP("eval", "e", "", "run `CODE` (TypeScript) as the [eval] script")
	addCacheFlag(cmd)
	cmd.Flags().SetInterspersed(false)
}

func newCmdRun(ios *IOStreams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "run [flags] FILE [args...]",
		Short: "Run a TypeScript program (the default command)",
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := runOptionsFromFlags(ios, cmd, args)
			if err != nil {
				return err
			}
			return runRun(opts)
		},
	}
	addRunFlags(cmd)
	return cmd
}

func runOptionsFromFlags(ios *IOStreams, cmd *cobra.Command, args []string) (*RunOptions, error) {
	opts := &RunOptions{IO: ios, Runner: runtime.Run, NoCache: noCache(cmd)}
	if f := cmd.Flags().Lookup("eval"); f != nil && f.Changed {
		opts.Eval = f.Value.String()
		opts.Args = args
		return opts, nil
	}
	if len(args) == 0 {
		if !stdinIsInteractive(ios.In) {
			// `echo 'code' | tsrun` runs stdin, as node does.
			opts.File = "-"
			return opts, nil
		}
		return nil, usageError("no input file: tsrun FILE [args...] (or tsrun --help)")
	}
	opts.File, opts.Args = args[0], args[1:]
	return opts, nil
}

func runRun(opts *RunOptions) error {
	ro := runtime.Options{
		NoCache: opts.NoCache,
		Args:    opts.Args,
		Stdin:   opts.IO.In,
		Stdout:  opts.IO.Out,
		Stderr:  opts.IO.ErrOut,
	}
	switch {
	case opts.Eval != "":
		ro.Filename, ro.Source, ro.Eval = "[eval]", []byte(opts.Eval), true
	case opts.File == "-":
		src, err := io.ReadAll(opts.IO.In)
		if err != nil {
			return &exitError{code: ExitError, msg: fmt.Sprintf("cannot read the program from stdin: %v", err)}
		}
		ro.Filename, ro.Source = "[stdin]", src
		ro.Stdin = eofReader{}
	default:
		ro.Filename = opts.File
	}
	code, err := opts.Runner(ro)
	if err != nil {
		printLoadError(opts.IO, err)
		return silentExit(ExitError)
	}
	return exitWith(code)
}

// stdinIsInteractive reports whether stdin is a person at a terminal, when
// `tsrun` with no FILE asks for one instead of running stdin as node does
// (`tsrun </dev/null` runs the empty program: /dev/null is no terminal).
func stdinIsInteractive(r io.Reader) bool {
	return isTerminalReader(r)
}

// printLoadError prints why a program could not start: diagnostics with a
// code frame (tsc's pretty layout, coloured on a terminal), or one line.
// Diagnostics about a whole file (missing, a directory, unreadable, not
// UTF-8) have no code frame to show: they print as one line each, as
// `tsc --pretty false` prints them, with no blank line after.
func printLoadError(ios *IOStreams, err error) {
	var le *runtime.LoadError
	if errors.As(err, &le) && le.NodeReport != "" {
		_, _ = io.WriteString(ios.ErrOut, le.NodeReport)
		return
	}
	if errors.As(err, &le) && len(le.Diagnostics) > 0 {
		ds := append([]diag.Diagnostic(nil), le.Diagnostics...)
		diag.Sort(ds)
		if !hasFramedDiagnostic(ds) {
			_ = diag.WriteText(ios.ErrOut, ds)
			return
		}
		_ = diag.WritePretty(ios.ErrOut, ds, diag.PrettyOptions{Color: ios.ErrIsTerminal && colorAllowed(ios), NoSummary: len(ds) == 1})
		return
	}
	fmt.Fprintf(ios.ErrOut, "tsrun: %v\n", err)
}

// hasFramedDiagnostic reports whether any diagnostic points into a file's
// text (and so has a code frame to print).
func hasFramedDiagnostic(ds []diag.Diagnostic) bool {
	for i := range ds {
		if ds[i].File != nil {
			return true
		}
	}
	return false
}

// colorAllowed honours NO_COLOR (https://no-color.org) and TERM=dumb.
func colorAllowed(ios *IOStreams) bool {
	return ios.Getenv("NO_COLOR") == "" && ios.Getenv("TERM") != "dumb"
}

// exitWith ends the command with the program's own exit code.
func exitWith(code int) error {
	if code == 0 {
		return nil
	}
	return &exitError{code: ExitCode(code), silent: true}
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }

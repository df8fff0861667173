package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/runtime"
	"github.com/tsrun-dev/tsrun/strip"
)

// StripOptions is `tsrun strip FILE`.
type StripOptions struct {
	IO        *IOStreams
	File      string
	SourceMap bool
}

func init() { subcommands = append(subcommands, newCmdStrip) }

func newCmdStrip(ios *IOStreams) *cobra.Command {
	opts := &StripOptions{IO: ios}
	cmd := &cobra.Command{
		Use:   "strip [--sourcemap] FILE",
		Short: "Print the JavaScript that tsrun would run for FILE",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File = args[0]
			return stripRun(opts)
		},
	}
	cmd.Flags().BoolVar(&opts.SourceMap, "sourcemap", false, "append an inline source map (with the TypeScript source)")
	return cmd
}

func stripRun(opts *StripOptions) error {
	var src []byte
	var err error
	name := opts.File
	if name == "-" {
		name = "[stdin]"
		src, err = io.ReadAll(opts.IO.In)
	} else {
		src, err = readSourceFile(name)
	}
	if err != nil {
		return &exitError{code: ExitError, msg: err.Error()}
	}
	if bad := diag.CheckUTF8(src); bad >= 0 {
		return &exitError{code: ExitError, msg: diag.FileNotUTF8.Format(name, bad)}
	}
	file := diag.NewFile(name, string(src))
	res, ds := strip.Transform(file, strip.Options{SourceMap: opts.SourceMap, SourcesContent: opts.SourceMap})
	if diag.HasErrors(ds) {
		printLoadError(opts.IO, &runtime.LoadError{Diagnostics: ds})
		return silentExit(ExitError)
	}
	_, err = io.WriteString(opts.IO.Out, res.Code)
	return err
}

// readSourceFile reads a program file with a one-line error a person can act
// on: missing, a directory, or unreadable.
func readSourceFile(name string) ([]byte, error) {
	fi, err := os.Stat(name)
	switch {
	case os.IsNotExist(err):
		return nil, fmt.Errorf("cannot find file '%s'", name)
	case err != nil:
		return nil, fmt.Errorf("cannot read '%s': %v", name, err)
	case fi.IsDir():
		return nil, fmt.Errorf("'%s' is a directory, not a file", name)
	}
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read '%s': %v", name, err)
	}
	return b, nil
}

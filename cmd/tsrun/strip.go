package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tsrun-dev/tsrun/blank"
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/runtime"
	"github.com/tsrun-dev/tsrun/strip"
	"github.com/tsrun-dev/tsrun/syntax"
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
	cmd.Flags().BoolVar(&opts.SourceMap, "sourcemap", false, "print esbuild's output with an inline source map (with the TypeScript source) instead of the text with its types blanked")
	return cmd
}

func stripRun(opts *StripOptions) error {
	var src []byte
	name := opts.File
	if name == "-" {
		name = "[stdin]"
		b, err := io.ReadAll(opts.IO.In)
		if err != nil {
			return &exitError{code: ExitError, msg: fmt.Sprintf("cannot read the program from stdin: %v", err)}
		}
		src = b
	} else {
		b, d := diag.ReadSourceFile(name)
		if d != nil {
			return loadFailed(opts.IO, *d)
		}
		src = b
	}
	if bad := diag.CheckUTF8(src); bad >= 0 {
		return loadFailed(opts.IO, diag.New(nil, 0, 0, diag.FileNotUTF8, name, bad))
	}
	file := diag.NewFile(name, string(src))
	if name == "[stdin]" || isTypeScriptName(name) {
		// The syntax errors `tsrun FILE` would report, with tsc's codes
		// and positions, rather than esbuild's wording of the first one.
		sf := syntax.Parse(file, syntax.ParseOptions{Dialect: syntax.DialectFromName(name)})
		if diag.HasErrors(sf.Diagnostics) {
			return loadFailed(opts.IO, sf.Diagnostics...)
		}
		if !opts.SourceMap {
			// What runs: the types blanked in place, as Node strips them,
			// unless the file needs esbuild's lowering.
			if r, err := blank.Strip(sf); err == nil && r.Lower == "" {
				_, err := io.WriteString(opts.IO.Out, r.Code)
				return err
			}
		}
	}
	res, ds := strip.Transform(file, strip.Options{SourceMap: opts.SourceMap, SourcesContent: opts.SourceMap})
	if diag.HasErrors(ds) {
		return loadFailed(opts.IO, ds...)
	}
	_, err := io.WriteString(opts.IO.Out, res.Code)
	return err
}

// loadFailed prints ds as `tsrun FILE` prints a program that cannot start,
// and ends the command with exit 1.
func loadFailed(ios *IOStreams, ds ...diag.Diagnostic) error {
	printLoadError(ios, &runtime.LoadError{Diagnostics: ds})
	return silentExit(ExitError)
}

func isTypeScriptName(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ts", ".mts", ".cts", ".tsx":
		return true
	}
	return false
}

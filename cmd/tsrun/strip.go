package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

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
	cmd.Flags().BoolVar(&opts.SourceMap, "sourcemap", false, "append an inline source map (with the TypeScript source)")
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
		b, d := readSourceFile(name)
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

// readSourceFile reads a program file, or returns the diagnostic that
// `tsrun FILE` gives for the same file: missing, a directory, unreadable.
func readSourceFile(name string) ([]byte, *diag.Diagnostic) {
	fi, err := os.Stat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		d := diag.New(nil, 0, 0, diag.FileNotFound, name)
		return nil, &d
	case err != nil:
		d := diag.New(nil, 0, 0, diag.CannotReadFile, name, ioReason(err))
		return nil, &d
	case fi.IsDir():
		d := diag.New(nil, 0, 0, diag.CannotReadFile, name, "it is a directory")
		return nil, &d
	}
	b, err := readAtMost(name, maxSourceFile)
	if err != nil {
		d := diag.New(nil, 0, 0, diag.CannotReadFile, name, ioReason(err))
		return nil, &d
	}
	return b, nil
}

// maxSourceFile bounds what is read as one source file. V8 cannot hold a
// longer string, so Node cannot run such a file either; and a device such
// as /dev/zero, which never ends, must give an error rather than use all
// memory.
const maxSourceFile = 512 << 20

var errTooLarge = errors.New("it is larger than 512 MiB")

func readAtMost(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > limit {
		return nil, errTooLarge
	}
	b, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, errTooLarge
	}
	return b, nil
}

// ioReason is the system's reason without the operation and path, which
// the message already names.
func ioReason(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

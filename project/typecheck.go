package project

import (
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// TypeChecker checks a parsed program (syntax-error free) and returns its
// diagnostics. It is an interface so that the driver does not wait on the
// checker's API and tests can substitute one.
type TypeChecker interface {
	Check(files []*syntax.SourceFile, cfg *Config) []diag.Diagnostic
}

// TypeCheckerFunc adapts a function to TypeChecker.
type TypeCheckerFunc func(files []*syntax.SourceFile, cfg *Config) []diag.Diagnostic

// Check calls f.
func (f TypeCheckerFunc) Check(files []*syntax.SourceFile, cfg *Config) []diag.Diagnostic {
	return f(files, cfg)
}

// defaultTypeChecker is the checker package, wired in once its entry point
// takes syntax.SourceFile (it still takes a placeholder type); until then
// Full mode reports what ErasableOnly does.
var defaultTypeChecker TypeChecker

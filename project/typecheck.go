package project

import (
	"github.com/tsrun-dev/tsrun/checker"
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// TypeChecker checks a parsed program (syntax-error free) and returns its
// diagnostics. It is an interface so that tests and the language server
// can substitute one.
type TypeChecker interface {
	Check(files []*syntax.SourceFile, cfg *Config) []diag.Diagnostic
}

// TypeCheckerFunc adapts a function to TypeChecker.
type TypeCheckerFunc func(files []*syntax.SourceFile, cfg *Config) []diag.Diagnostic

// Check calls f.
func (f TypeCheckerFunc) Check(files []*syntax.SourceFile, cfg *Config) []diag.Diagnostic {
	return f(files, cfg)
}

// defaultTypeChecker is package checker with the options of the tsconfig.
var defaultTypeChecker TypeChecker = TypeCheckerFunc(func(files []*syntax.SourceFile, cfg *Config) []diag.Diagnostic {
	return checker.Check(files, CheckerOptions(cfg))
})

// CheckerOptions maps tsconfig's compilerOptions to the checker's. Without
// a tsconfig tsrun checks strictly (its documented default). With one, the
// options are tsc 5.9's: "strict" defaults to false and each strict flag
// follows "strict" unless set; the checker is silent without
// strictNullChecks, so a non-strict project gets no type errors rather
// than errors tsc would not report.
func CheckerOptions(cfg *Config) checker.Options {
	if cfg == nil {
		return checker.StrictOptions()
	}
	o := cfg.Options
	strict := isTrue(o.Strict)
	flag := func(b *bool) bool {
		if b != nil {
			return *b
		}
		return strict
	}
	return checker.Options{
		Strict:                     strict,
		NoImplicitAny:              flag(o.NoImplicitAny),
		StrictNullChecks:           flag(o.StrictNullChecks),
		StrictFunctionTypes:        flag(o.StrictFunctionTypes),
		StrictBindCallApply:        flag(o.StrictBindCallApply),
		UseUnknownInCatchVariables: flag(o.UseUnknownInCatchVariables),
		NoImplicitThis:             flag(o.NoImplicitThis),
	}
}

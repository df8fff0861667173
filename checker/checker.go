// Package checker is tsrun's small, precise type checker: a binder (scopes,
// symbols, imports across the project's files), a type representation,
// assignability with tsc's rules for the subset we model, and control-flow
// narrowing. Inside the modelled subset it reports what tsc reports (same
// code, same start position, tsc's message text); anything outside it
// becomes an unchecked type that never produces an error. A false positive
// in CI is the worst bug this package can have, so every "don't know" is
// silence.
package checker

import (
	"github.com/tsrun-dev/tsrun/diag"
)

// Options are the tsconfig flags that change what the checker reports. The
// driver fills them from tsconfig.json; strict semantics are the default.
type Options struct {
	Strict           bool
	NoImplicitAny    bool
	StrictNullChecks bool
	// StrictFunctionTypes, StrictPropertyInitialization,
	// UseUnknownInCatchVariables, AlwaysStrict follow Strict unless set.
	StrictFunctionTypes        bool
	StrictBindCallApply        bool
	UseUnknownInCatchVariables bool
	NoImplicitThis             bool
}

// StrictOptions is the default: tsc --strict.
func StrictOptions() Options {
	return Options{Strict: true, NoImplicitAny: true, StrictNullChecks: true, StrictFunctionTypes: true,
		StrictBindCallApply: true, UseUnknownInCatchVariables: true, NoImplicitThis: true}
}

// SourceFile is a placeholder until syntax.SourceFile lands; Check will take
// []*syntax.SourceFile then.
type SourceFile struct {
	File *diag.File
}

// Check type-checks the files of one program together (imports between them
// resolve) and returns the diagnostics, sorted with diag.Sort.
func Check(files []*SourceFile, opts Options) []diag.Diagnostic {
	return nil
}

package diag

// Messages of the erasable pass (package erasable). TS1294 is the one rule
// message; the 123x grammar errors are those tsc reports instead of TS1294
// when a namespace, `import =` or `export =` sits where no module element
// may (inside a function or block): tsc then stops before its erasable
// check, and so do we.
var (
	ErasableSyntaxOnly = &Message{1294, Error, "This syntax is not allowed when 'erasableSyntaxOnly' is enabled."}

	ExportAssignmentNotTopLevel = &Message{1231, Error, "An export assignment must be at the top level of a file or module declaration."}
	ImportNotTopLevel           = &Message{1232, Error, "An import declaration can only be used at the top level of a namespace or module."}
	AmbientModuleNotTopLevel    = &Message{1234, Error, "An ambient module declaration is only allowed at the top level in a file."}
	// tsc's grammar error for `<T>x` in .mts and .cts files, reported with
	// TS1294 on the same assertion.
	AssertionReservedInMTS = &Message{7059, Error, "This syntax is reserved in files with the .mts or .cts extension. Use an `as` expression instead."}

	NamespaceNotTopLevel = &Message{1235, Error, "A namespace declaration is only allowed at the top level of a namespace or module."}
)

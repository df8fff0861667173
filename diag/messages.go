package diag

// The catalogue is split by the pass that reports a message
// (messages_syntax.go, messages_erasable.go, messages_check.go, …) so that
// passes grow their part without touching each other's. Messages that tsrun
// alone reports (I/O, usage) live here, with codes from 90000 up.

var (
	CannotReadFile = &Message{90001, Error, "Cannot read file '{0}': {1}."}
	FileNotUTF8    = &Message{90002, Error, "File '{0}' is not valid UTF-8 (invalid byte at offset {1}); save it as UTF-8."}
	// tsc's own code for a missing root file.
	FileNotFound = &Message{6053, Error, "File '{0}' not found."}
)

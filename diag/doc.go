// Package diag owns the one Diagnostic type shared by the parser, the
// erasable pass and the checker; the catalogue of messages (with tsc's codes);
// source files with their lazily built line maps (1-based line, 1-based UTF-16
// column, exactly as tsc prints them); and the printers for every output
// format. It imports only the standard library: every other package depends
// on it, never the reverse.
package diag

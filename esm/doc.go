// Package esm turns the JavaScript of one ES module (what strip produces:
// types gone, import and export statements kept as written) into a
// generator function goja can run, because goja has no ES modules (goja#348)
// and esbuild's CommonJS output cannot hold top-level await. The runtime's
// module loader links and evaluates the functions with the spec's semantics.
//
// The output is
//
//	(function* ($tsrun_m) {"use strict"; const $tsrun_i0 = $tsrun_m.i[0]; const $tsrun_n0 = $tsrun_m.s[0]; $tsrun_m.x({…getters…}); yield; BODY
//	})
//
// The first next() is instantiation: it runs in the module's own scope, where
// function declarations are already initialised and let/const/class
// bindings are in their temporal dead zone, so the export getters it
// registers give importers Node's live bindings, hoisted functions in
// cycles, and ReferenceErrors for reads before initialisation. The second
// next() evaluates BODY. A module with top-level await has each of its
// top-level `await E` rewritten to `(yield E)`, and the loader drives the
// generator as an async function, so sibling modules go on while it waits.
//
// References to imported bindings become property reads of the dependency's
// binding object (`x` → `$tsrun_i0.x`, a call `x()` → `(0, $tsrun_i0.x)()`
// so that `this` stays undefined), found with a scope analysis so shadowed
// names are left alone. A namespace import names the dependency's namespace
// object instead (`ns` → `$tsrun_n0`): that one is the spec's exotic object,
// slower to read through, so plain imports do not use it. Edits keep every line break, so only columns move;
// AdjustMap moves the source map's columns to match.
//
// It imports only syntax and diag.
package esm

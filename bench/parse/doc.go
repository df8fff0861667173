// Package parse holds benchmarks only: tsrun's parser (package syntax)
// against esbuild's api.Transform on the same inputs in the same run.
//
//	scripts/corpus.sh   # fetch the corpus once
//	go test ./bench/parse -run '^$' -bench . -benchtime 5x
//
// It is the one place outside strip/ that imports esbuild, and only from a
// test file: the comparison needs esbuild to be timed in-process beside our
// parser, and no production code here depends on it.
package parse

package checker

import (
	"os"
	"testing"
)

// BenchmarkCheckProject checks the generated benchmark project (run
// bench/checker/gen.sh /tmp/benchproj first; skipped otherwise).
func BenchmarkCheckProject(b *testing.B) {
	dir := os.Getenv("TSRUN_BENCH_PROJECT")
	if dir == "" {
		dir = "/tmp/benchproj"
	}
	if _, err := os.Stat(dir); err != nil {
		b.Skip("no benchmark project: bench/checker/gen.sh /tmp/benchproj")
	}
	t := &testing.T{}
	files := loadProject(t, dir)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if ds := Check(files, StrictOptions()); len(ds) > 0 {
			b.Fatalf("benchmark project not clean: %v", ds[0].Message)
		}
	}
}

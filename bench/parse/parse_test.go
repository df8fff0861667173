package parse

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	// esbuild is imported here only to time api.Transform beside our
	// parser (see doc.go); production code reaches it through strip/ only.
	"github.com/evanw/esbuild/pkg/api"
	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/internal/corpus"
	"github.com/tsrun-dev/tsrun/syntax"
)

type input struct {
	name, text string
}

// load returns the corpus of the syntax tests (typescript's lib .d.ts,
// @types/node, and the .ts sources of rxjs, zod and effect).
func load(b *testing.B) []input {
	root := filepath.Join(corpus.Dir(), "node_modules")
	var in []input
	add := func(dir string, keep func(string) bool, flat bool) {
		filepath.WalkDir(filepath.Join(root, dir), func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() {
				if flat && p != filepath.Join(root, dir) || d.Name() == "node_modules" {
					return filepath.SkipDir
				}
				return nil
			}
			if keep(d.Name()) {
				data, err := os.ReadFile(p)
				if err == nil {
					in = append(in, input{p, string(data)})
				}
			}
			return nil
		})
	}
	dts := func(n string) bool { return strings.HasSuffix(n, ".d.ts") }
	ts := func(n string) bool { return strings.HasSuffix(n, ".ts") }
	add("typescript/lib", dts, true)
	add("@types/node", dts, false)
	add("rxjs/src", ts, false)
	add("zod/src", ts, false)
	add("effect/src", ts, false)
	if len(in) < 1000 {
		b.Skipf("corpus not found in %s: run scripts/corpus.sh", root)
	}
	return in
}

func one(b *testing.B, rel string) []input {
	p := filepath.Join(filepath.Join(corpus.Dir(), "node_modules"), rel)
	data, err := os.ReadFile(p)
	if err != nil {
		b.Skipf("%s not found: run scripts/corpus.sh", p)
	}
	return []input{{p, string(data)}}
}

func parseAll(in []input) {
	for _, f := range in {
		sf := syntax.Parse(diag.NewFile(f.name, f.text), syntax.ParseOptions{Dialect: syntax.DialectFromName(f.name)})
		if len(sf.Diagnostics) > 0 {
			panic(f.name + ": " + sf.Diagnostics[0].Message)
		}
	}
}

func transformAll(in []input) {
	for _, f := range in {
		loader := api.LoaderTS
		if strings.HasSuffix(f.name, ".js") {
			loader = api.LoaderJS
		}
		r := api.Transform(f.text, api.TransformOptions{Loader: loader, Sourcefile: f.name})
		if len(r.Errors) > 0 {
			panic(f.name + ": " + r.Errors[0].Text)
		}
	}
}

// cpuTime is the process's user+system CPU time: on a shared machine it
// is steadier than wall time, and it counts esbuild's worker goroutines and
// the garbage collector, which a CPU profile of one goroutine would not.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// compare times both on the same input in each iteration and reports our
// throughput, allocations per MB, and the ratio of our parse time to
// esbuild's Transform time (the bar: at most 0.3), in wall time
// ("ratio") and in CPU time ("cpu-ratio"). A GC is forced before each
// phase so that neither pays for the other's garbage.
func compare(b *testing.B, in []input) {
	size := 0
	for _, f := range in {
		size += len(f.text)
	}
	mb := float64(size) / (1 << 20)
	parseAll(in) // warm up both, page in the inputs
	transformAll(in)
	var ours, theirs, oursCPU, theirsCPU time.Duration
	var allocs uint64
	var ms runtime.MemStats
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		runtime.GC()
		runtime.ReadMemStats(&ms)
		a0 := ms.Mallocs
		c0, t0 := cpuTime(), time.Now()
		parseAll(in)
		ours += time.Since(t0)
		oursCPU += cpuTime() - c0
		runtime.ReadMemStats(&ms)
		allocs += ms.Mallocs - a0
		runtime.GC()
		c1, t1 := cpuTime(), time.Now()
		transformAll(in)
		theirs += time.Since(t1)
		theirsCPU += cpuTime() - c1
	}
	n := float64(b.N)
	b.ReportMetric(mb/(ours.Seconds()/n), "tsrun-MB/s")
	b.ReportMetric(mb/(theirs.Seconds()/n), "esbuild-MB/s")
	b.ReportMetric(float64(allocs)/n/mb, "tsrun-allocs/MB")
	b.ReportMetric(ours.Seconds()/theirs.Seconds(), "ratio")
	b.ReportMetric(oursCPU.Seconds()/theirsCPU.Seconds(), "cpu-ratio")
}

// BenchmarkCorpus: about 1,100 files, 17 MB.
func BenchmarkCorpus(b *testing.B) { compare(b, load(b)) }

// BenchmarkDOM: lib.dom.d.ts, one 1.9 MB declaration file.
func BenchmarkDOM(b *testing.B) { compare(b, one(b, "typescript/lib/lib.dom.d.ts")) }

// BenchmarkTSC: typescript's _tsc.js, one 6 MB JavaScript file, as the
// module loader will parse esbuild's output.
func BenchmarkTSC(b *testing.B) { compare(b, one(b, "typescript/lib/_tsc.js")) }

// BenchmarkEffectSources: the .ts sources of effect only (7 MB of
// expression-heavy TypeScript).
func BenchmarkEffectSources(b *testing.B) {
	var in []input
	for _, f := range load(b) {
		if strings.Contains(f.name, "/effect/src/") {
			in = append(in, f)
		}
	}
	compare(b, in)
}

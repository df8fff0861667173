package runtime

import (
	"bytes"
	"strings"
	"testing"
)

// In-process versions of bench/loop's programs, for profiling the loop
// without process start-up (go test -bench Loop -cpuprofile ...).
var loopBenchPrograms = map[string]string{
	"timers_100k": `
		const N = 100000;
		let fired = 0, sum = 0;
		for (let i = 0; i < N; i++) setTimeout(() => { fired++; sum += i; }, i % 10);
		process.on('exit', () => log(fired, sum));`,
	"immediates_100k": `
		const N = 100000;
		let n = 0;
		function step() { if (++n < N) setImmediate(step); else log(n); }
		setImmediate(step);`,
	"awaits_100k": `
		const N = 100000;
		async function main() {
			let sum = 0;
			for (let i = 0; i < N; i++) sum += await Promise.resolve(i);
			return sum;
		}
		main().then((s) => log(N, s));`,
}

var loopBenchWant = map[string]string{
	"timers_100k":     "100000 4999950000",
	"immediates_100k": "100000",
	"awaits_100k":     "100000 4999950000",
}

func benchLoopProgram(b *testing.B, name string) {
	for b.Loop() {
		logs, stderr, code := runLoopJS(b, loopBenchPrograms[name])
		if code != 0 || len(logs) != 1 || logs[0] != loopBenchWant[name] {
			b.Fatalf("exit %d, logs %q, stderr %s", code, logs, stderr)
		}
	}
}

func BenchmarkLoopTimers100k(b *testing.B)     { benchLoopProgram(b, "timers_100k") }
func BenchmarkLoopImmediates100k(b *testing.B) { benchLoopProgram(b, "immediates_100k") }
func BenchmarkLoopAwaits100k(b *testing.B)     { benchLoopProgram(b, "awaits_100k") }

// BenchmarkLoopRun runs bench/loop's programs through Run, as the tsrun
// binary does (ES module, stripped TypeScript), without process start-up.
func BenchmarkLoopRun(b *testing.B) {
	for _, name := range []string{"timers_100k", "immediates_100k", "awaits_100k"} {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				var out, errb bytes.Buffer
				code, err := Run(Options{Filename: "../bench/loop/" + name + ".ts", Stdout: &out, Stderr: &errb, NoCache: true})
				if err != nil || code != 0 || strings.TrimSpace(out.String()) != loopBenchWant[name] {
					b.Fatalf("exit %d, %v, stdout %q, stderr %s", code, err, out.String(), errb.String())
				}
			}
		})
	}
}

// BenchmarkLoopTimerFire is 10k timers with one shared callback: the
// per-timer cost of setTimeout and of the timers phase, without closures.
func BenchmarkLoopTimerFire(b *testing.B) {
	for b.Loop() {
		logs, stderr, code := runLoopJS(b, `(function () {
			let n = 0;
			const f = () => { n++; };
			for (let i = 0; i < 10000; i++) setTimeout(f, 1);
			setTimeout(() => log(n), 2);
		})();`)
		if code != 0 || len(logs) != 1 || logs[0] != "10000" {
			b.Fatalf("exit %d, logs %q, stderr %s", code, logs, stderr)
		}
	}
}

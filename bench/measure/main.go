// Command measure times commands side by side: it runs each one once to warm
// caches (Deno's compile cache, the page cache), then runs them round-robin
// for N rounds, so that machine noise hits every command alike, and prints
// the median and spread of wall time, the median peak RSS, and each
// command's ratios to the first one.
//
//	measure [-n 30] [-warm 1] [-dir D] 'label=cmd arg...' 'label=cmd arg...' ...
//
// Each command is one argument, "label=" then the command line split on
// spaces (no quoting: benchmark paths have no spaces). The first command is
// the one the ratios are about ("tsrun/node 0.12x").
//
// Wall time is measured around fork+exec+wait. Peak RSS is ru_maxrss of the
// rusage wait4(2) returns (os/exec reaps children with wait4): the child's own peak, or a waited-for descendant's if larger (so
// `node tsx.mjs` counts the node process tsx starts). Every run must exit 0,
// and every command must print the same stdout as the first one in its warm
// run, else measure fails: a benchmark that does not do the same work as
// its reference is not a benchmark.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"syscall"
	"text/tabwriter"
	"time"
)

type command struct {
	label string
	argv  []string
	wall  []time.Duration
	rss   []int64 // bytes
}

func main() {
	n := flag.Int("n", 30, "measured rounds (each round runs every command once)")
	warm := flag.Int("warm", 1, "unmeasured warm-up runs of each command")
	dir := flag.String("dir", "", "working directory of the commands")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: measure [-n N] [-warm W] [-dir D] 'label=cmd args' ...")
		os.Exit(2)
	}
	var cmds []*command
	for _, a := range flag.Args() {
		label, line, ok := strings.Cut(a, "=")
		if !ok || strings.TrimSpace(line) == "" {
			fmt.Fprintf(os.Stderr, "measure: %q is not label=command\n", a)
			os.Exit(2)
		}
		cmds = append(cmds, &command{label: label, argv: strings.Fields(line)})
	}

	var refOut []byte
	for i, c := range cmds {
		for w := 0; w < *warm; w++ {
			out, _, _, err := runOnce(c.argv, *dir)
			if err != nil {
				fail("%s: %v\n%s", c.label, err, out)
			}
			if w > 0 {
				continue
			}
			if i == 0 {
				refOut = out
			} else if !bytes.Equal(out, refOut) {
				fail("%s prints something else than %s:\n--- %s\n%s--- %s\n%s", c.label, cmds[0].label, cmds[0].label, clip(refOut), c.label, clip(out))
			}
		}
	}
	for r := 0; r < *n; r++ {
		// Rotate the starting command each round so no command always runs
		// right after the same neighbour.
		for k := range cmds {
			c := cmds[(r+k)%len(cmds)]
			out, wall, rss, err := runOnce(c.argv, *dir)
			if err != nil {
				fail("%s (round %d): %v\n%s", c.label, r, err, out)
			}
			c.wall = append(c.wall, wall)
			c.rss = append(c.rss, rss)
		}
	}
	report(cmds, *n)
}

// runOnce runs argv with stdout and stderr captured, and returns stdout,
// wall time and peak RSS; on failure, the error carries the start of stderr.
func runOnce(argv []string, dir string) ([]byte, time.Duration, int64, error) {
	var out, errOut bytes.Buffer
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Stdout = &out
	cmd.Stderr = &errOut
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if cmd.ProcessState == nil {
		return nil, 0, 0, err
	}
	if err != nil {
		return out.Bytes(), 0, 0, fmt.Errorf("exited abnormally: %v; stderr:\n%s", err, clip(errOut.Bytes()))
	}
	// os/exec reaps the child with wait4(2); SysUsage is its rusage.
	ru := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	return out.Bytes(), wall, ru.Maxrss * 1024, nil // Linux reports KiB
}

func report(cmds []*command, n int) {
	ref := cmds[0]
	refWall, refRSS := medianDur(ref.wall), medianInt(ref.rss)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "command\tmedian ms\tmin ms\tp90 ms\tpeak RSS MB\t%s/x time\t%s/x RSS\t\n", ref.label, ref.label)
	for _, c := range cmds {
		w, rss := medianDur(c.wall), medianInt(c.rss)
		fmt.Fprintf(tw, "%s\t%.1f\t%.1f\t%.1f\t%.1f\t%.2fx\t%.2fx\t\n", c.label,
			ms(w), ms(minDur(c.wall)), ms(pct(c.wall, 0.9)), float64(rss)/(1<<20),
			float64(refWall)/float64(w), float64(refRSS)/float64(rss))
	}
	tw.Flush()
	fmt.Printf("(%d interleaved rounds; ratios are %s's median over the other's median)\n", n, ref.label)
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

func sortedDur(ds []time.Duration) []time.Duration {
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s
}

func medianDur(ds []time.Duration) time.Duration {
	s := sortedDur(ds)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func minDur(ds []time.Duration) time.Duration { return sortedDur(ds)[0] }

func pct(ds []time.Duration, p float64) time.Duration {
	s := sortedDur(ds)
	i := int(p*float64(len(s)-1) + 0.5)
	return s[i]
}

func medianInt(xs []int64) int64 {
	s := append([]int64(nil), xs...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func clip(b []byte) string {
	if len(b) > 1500 {
		return string(b[:1500]) + "...\n"
	}
	return string(b)
}

func fail(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "measure: "+format+"\n", args...)
	os.Exit(1)
}

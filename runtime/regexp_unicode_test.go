package runtime

import (
	"bufio"
	"os"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/dop251/goja"

	"github.com/tsrun-dev/tsrun/strip"
)

// TestRegExpUnicodeInGoja runs the classes strip writes for \p{…} in goja
// and compares what they match with Node 26 (testdata/regexp/golden.txt,
// from scripts/gen-regexp-golden.sh), on every boundary of Node's ranges
// and a stride through the rest. strip's TestPropertySetsMatchNode checks
// the sets themselves on every code point; this checks that goja reads the
// emitted classes as V8 reads \p{…}, with the i flag and inside negated and
// mixed classes too. Code points on which Go's Unicode 15.0 and Node's
// 17.0 disagree (unassigned in Go, or in testdata/regexp/accepted.txt) are
// not compared.
func TestRegExpUnicodeInGoja(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs ~500 patterns in goja")
	}
	f, err := os.Open("../testdata/regexp/golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	skip := unicodeDifferences(t)
	vm := goja.New()
	check, err := vm.RunString(`(function (src, flags, cps) {
		const re = new RegExp(src, flags);
		const out = [];
		for (const c of cps) out.push(re.test(String.fromCodePoint(c)) ? 1 : 0);
		return out.join(""); // not +=: goja's string appends are quadratic
	})`)
	if err != nil {
		t.Fatal(err)
	}
	run, _ := goja.AssertFunction(check)
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	var slowest time.Duration
	var slowestPattern string
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		head, ranges, _ := strings.Cut(line, "\t")
		flags, pattern, _ := strings.Cut(head, " ")
		node := parseRanges(t, ranges)
		src, err := strip.RewriteRegExp("^(?:"+pattern+")$", flags)
		if err != nil {
			t.Errorf("%s: %v", head, err)
			continue
		}
		var cps []rune
		for _, r := range node {
			for _, d := range []rune{r[0] - 1, r[0], r[1], r[1] + 1} {
				if d >= 0 && d <= unicode.MaxRune && !skip(d) {
					cps = append(cps, d)
				}
			}
		}
		for c := rune(0); c <= unicode.MaxRune; c += 257 {
			if !skip(c) {
				cps = append(cps, c)
			}
		}
		start := time.Now()
		v, err := run(goja.Undefined(), vm.ToValue(src), vm.ToValue(flags), vm.ToValue(cps))
		if err != nil {
			t.Errorf("%s: %v", head, err)
			continue
		}
		if d := time.Since(start); d > slowest {
			slowest, slowestPattern = d, head
		}
		got := v.String()
		var bad []string
		for i, c := range cps {
			if (got[i] == '1') != inRanges(node, c) {
				bad = append(bad, "U+"+strconv.FormatInt(int64(c), 16))
			}
		}
		if len(bad) > 0 {
			t.Errorf("%s: goja and Node differ on %d code points: %s", head, len(bad), strings.Join(bad[:min(20, len(bad))], " "))
		}
	}
	t.Logf("slowest pattern: %s, %v", slowestPattern, slowest)
}

// parseRanges reads "lo-hi,c,…" (hex, ascending).
func parseRanges(t *testing.T, s string) [][2]rune {
	t.Helper()
	var out [][2]rune
	for r := range strings.SplitSeq(s, ",") {
		if r == "" {
			continue
		}
		a, b, isRange := strings.Cut(r, "-")
		lo, err := strconv.ParseUint(a, 16, 32)
		hi := lo
		if err == nil && isRange {
			hi, err = strconv.ParseUint(b, 16, 32)
		}
		if err != nil {
			t.Fatalf("golden: bad range %q", r)
		}
		out = append(out, [2]rune{rune(lo), rune(hi)})
	}
	return out
}

func inRanges(rs [][2]rune, c rune) bool {
	i := sort.Search(len(rs), func(i int) bool { return rs[i][1] >= c })
	return i < len(rs) && rs[i][0] <= c
}

var accepted = regexp.MustCompile(`U\+([0-9A-F]+)(?:\.\.([0-9A-F]+))?`)

// unicodeDifferences says whether Go's and Node's Unicode data disagree
// about c: unassigned in Go's tables, or listed in accepted.txt.
func unicodeDifferences(t *testing.T) func(rune) bool {
	data, err := os.ReadFile("../testdata/regexp/accepted.txt")
	if err != nil {
		t.Fatal(err)
	}
	listed := map[rune]bool{}
	for _, m := range accepted.FindAllStringSubmatch(string(data), -1) {
		lo, _ := strconv.ParseUint(m[1], 16, 32)
		hi := lo
		if m[2] != "" {
			hi, _ = strconv.ParseUint(m[2], 16, 32)
		}
		for c := lo; c <= hi; c++ {
			listed[rune(c)] = true
		}
	}
	var assigned []*unicode.RangeTable
	for name, tab := range unicode.Categories {
		if len(name) == 2 && name != "Cn" && name != "LC" { // Go 1.26 has both
			assigned = append(assigned, tab)
		}
	}
	return func(c rune) bool { return listed[c] || !unicode.IsOneOf(assigned, c) }
}

package strip

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// goldenCase is one line of testdata/regexp/golden.txt (scripts/
// gen-regexp-golden.sh): a pattern and the code points Node 26 matches.
type goldenCase struct {
	flags, pattern string
	set            cpset
}

func readGolden(t *testing.T) []goldenCase {
	t.Helper()
	f, err := os.Open("../testdata/regexp/golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldenCase
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") {
			continue
		}
		head, ranges, _ := strings.Cut(line, "\t")
		flags, pattern, _ := strings.Cut(head, " ")
		set := newSet()
		for r := range strings.SplitSeq(ranges, ",") {
			if r == "" {
				continue
			}
			a, b, isRange := strings.Cut(r, "-")
			lo, err1 := strconv.ParseUint(a, 16, 32)
			hi := lo
			var err2 error
			if isRange {
				hi, err2 = strconv.ParseUint(b, 16, 32)
			}
			if err1 != nil || err2 != nil {
				t.Fatalf("bad golden line %q", line)
			}
			set.add(rune(lo), rune(hi))
		}
		out = append(out, goldenCase{flags, pattern, set})
	}
	return out
}

// readAccepted reads testdata/regexp/accepted.txt: "Property U+XXXX
// U+XXXX..YYYY … # reason" lines, the code points assigned in Go's Unicode
// version whose property changed since (Node's Unicode is newer).
func readAccepted(t *testing.T) map[string]cpset {
	t.Helper()
	data, err := os.ReadFile("../testdata/regexp/accepted.txt")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]cpset{}
	for line := range strings.SplitSeq(string(data), "\n") {
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		list, reason, _ := strings.Cut(line, "#")
		f := strings.Fields(list)
		if len(f) < 2 || strings.TrimSpace(reason) == "" {
			t.Fatalf("accepted.txt: want NAME U+XXXX… # reason, got %q", line)
		}
		if out[f[0]] == nil {
			out[f[0]] = newSet()
		}
		for _, r := range f[1:] {
			a, b, isRange := strings.Cut(strings.TrimPrefix(r, "U+"), "..")
			lo, err1 := strconv.ParseUint(a, 16, 32)
			hi, err2 := lo, error(nil)
			if isRange {
				hi, err2 = strconv.ParseUint(b, 16, 32)
			}
			if err1 != nil || err2 != nil {
				t.Fatalf("accepted.txt: bad code point %q", r)
			}
			out[f[0]].add(rune(lo), rune(hi))
		}
	}
	return out
}

// TestPropertySetsMatchNode compares, code point by code point, each set
// strip builds with the one Node 26 matches. Node's Unicode is newer than
// Go's: a code point unassigned in Go's tables may differ (it is counted,
// not listed); any other difference must be in accepted.txt.
func TestPropertySetsMatchNode(t *testing.T) {
	cases := readGolden(t)
	accepted := readAccepted(t)
	unassigned, _ := gcSet("Cn")
	newer := 0
	used := map[string]int{}
	for _, c := range cases {
		if c.flags != "u" || !strings.HasPrefix(c.pattern, `\p{`) || strings.Count(c.pattern, `\p{`) != 1 {
			continue
		}
		name := strings.TrimSuffix(strings.TrimPrefix(c.pattern, `\p{`), "}")
		s, err := propertySet(name)
		if err != nil {
			t.Errorf("%s: %v", c.pattern, err)
			continue
		}
		var bad []string
		for r := rune(0); r <= maxRune; r++ {
			if s.has(r) == c.set.has(r) {
				continue
			}
			if unassigned.has(r) {
				newer++
				continue
			}
			if a := accepted[name]; a != nil && a.has(r) {
				used[name]++
				continue
			}
			bad = append(bad, fmt.Sprintf("U+%04X(node=%v)", r, c.set.has(r)))
			if os.Getenv("TSRUN_REGEXP_LIST") != "" {
				fmt.Printf("%s U+%04X node=%v\n", name, r, c.set.has(r))
			}
		}
		if len(bad) > 0 {
			t.Errorf("%s differs from Node on %d code points: %s", c.pattern, len(bad), strings.Join(bad[:min(len(bad), 40)], " "))
		}
	}
	for name := range accepted {
		if used[name] == 0 {
			t.Errorf("accepted.txt lists %s, which now matches Node", name)
		}
	}
	t.Logf("%d (property, code point) differences on code points assigned after Unicode %s", newer, "15.0")
}

package syntax

import "strings"

// Keywords offered by "Did you mean …?" after an unexpected identifier, in
// tsc's order (ties go to the first), without the short ones.
var suggestionKeywords = strings.Fields(`abstract accessor any asserts assert bigint boolean break case
catch class continue const constructor debugger declare default defer delete else enum export extends
false finally for from function get implements import infer instanceof interface intrinsic keyof let
module namespace never new null number object package private protected public override out readonly
require global return satisfies set static string super switch symbol this throw true try type typeof
undefined unique unknown using var void while with yield async await`)

// spellingSuggestion returns a keyword close to name, or "" — tsc's rules:
// lengths within max(2, 34%), case-insensitive edit distance below 40%.
func spellingSuggestion(name string) string {
	best := ""
	bestDist := float64(len(name))*0.4 + 1
	bestDist = float64(int(bestDist))
	maxLenDiff := len(name) * 34 / 100
	if maxLenDiff < 2 {
		maxLenDiff = 2
	}
	lower := strings.ToLower(name)
	for _, k := range suggestionKeywords {
		d := len(k) - len(name)
		if d < 0 {
			d = -d
		}
		if d > maxLenDiff || k == name {
			continue
		}
		dist, ok := levenshteinWithMax(lower, k, bestDist-0.1)
		if !ok {
			continue
		}
		bestDist = dist
		best = k
	}
	if best != "" {
		return best
	}
	for _, k := range suggestionKeywords {
		if len(name) > len(k)+2 && strings.HasPrefix(name, k) {
			return k + " " + name[len(k):]
		}
	}
	return ""
}

// levenshteinWithMax is an edit distance where a substitution costs 2
// (and case-only changes 0.1), giving up past max.
func levenshteinWithMax(s1, s2 string, max float64) (float64, bool) {
	prev := make([]float64, len(s2)+1)
	cur := make([]float64, len(s2)+1)
	big := max + 0.01
	for i := range prev {
		prev[i] = float64(i)
	}
	for i := 1; i <= len(s1); i++ {
		c1 := s1[i-1]
		minJ := 1
		if lo := int(float64(i) - max); lo > minJ {
			minJ = lo
		}
		maxJ := len(s2)
		if hi := int(max + float64(i)); hi < maxJ {
			maxJ = hi
		}
		cur[0] = float64(i)
		colMin := float64(i)
		for j := 1; j < minJ; j++ {
			cur[j] = big
		}
		for j := minJ; j <= maxJ; j++ {
			var sub float64
			if s1[i-1] == s2[j-1] {
				sub = prev[j-1]
			} else if c1|0x20 == s2[j-1]|0x20 {
				sub = prev[j-1] + 0.1
			} else {
				sub = prev[j-1] + 2
			}
			dist := sub
			if prev[j]+1 < dist {
				dist = prev[j] + 1
			}
			if cur[j-1]+1 < dist {
				dist = cur[j-1] + 1
			}
			cur[j] = dist
			if dist < colMin {
				colMin = dist
			}
		}
		for j := maxJ + 1; j <= len(s2); j++ {
			cur[j] = big
		}
		if colMin > max {
			return 0, false
		}
		prev, cur = cur, prev
	}
	res := prev[len(s2)]
	if res > max {
		return 0, false
	}
	return res, true
}

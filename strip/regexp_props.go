package strip

import (
	"errors"
	"fmt"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Unicode property escapes (\p{…}) are resolved here into explicit sets of
// code points, from Go's unicode tables: goja has no property escapes, but
// it matches explicit classes over code points in u-mode correctly,
// surrogates and case folding included. Go's tables carry Unicode
// unicode.Version (15.0 in Go 1.26) where Node 26's ICU carries 17.0: code
// points assigned since then are not in any set here (see
// testdata/regexp/accepted.txt for the complete difference).

const maxRune = 0x10FFFF

// cpset is a set of code points, one bit each (136 KB): union, difference
// and complement are single loops, and a set is built once per property.
type cpset []uint64

func newSet() cpset { return make(cpset, (maxRune+1)/64) }

func (s cpset) add(lo, hi rune) {
	for c := lo; c <= hi; {
		if c&63 == 0 && hi-c >= 63 { // a whole word (CJK, private use planes)
			s[c>>6] = ^uint64(0)
			c += 64
			continue
		}
		s[c>>6] |= 1 << (c & 63)
		c++
	}
}

func (s cpset) has(c rune) bool { return s[c>>6]&(1<<(c&63)) != 0 }

func (s cpset) addTable(t *unicode.RangeTable) cpset {
	for _, r := range t.R16 {
		s.addStrided(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	for _, r := range t.R32 {
		s.addStrided(rune(r.Lo), rune(r.Hi), rune(r.Stride))
	}
	return s
}

func (s cpset) addStrided(lo, hi, stride rune) {
	if stride == 1 {
		s.add(lo, hi)
		return
	}
	for c := lo; c <= hi; c += stride {
		s[c>>6] |= 1 << (c & 63)
	}
}

func (s cpset) union(o cpset) cpset {
	for i := range s {
		s[i] |= o[i]
	}
	return s
}

func (s cpset) minus(o cpset) cpset {
	for i := range s {
		s[i] &^= o[i]
	}
	return s
}

func (s cpset) complement() cpset {
	out := newSet()
	for i := range s {
		out[i] = ^s[i]
	}
	return out
}

// ranges lists the set as inclusive [lo, hi] pairs, ascending. It walks
// words, not code points: sets like Cn or Any are mostly whole words.
func (s cpset) ranges() [][2]rune {
	var out [][2]rune
	start := rune(-1) // start of the open range, or -1
	for i, w := range s {
		base := rune(i) << 6
		if start >= 0 && w == ^uint64(0) || start < 0 && w == 0 {
			continue
		}
		for b := rune(0); b < 64; {
			if start < 0 {
				rest := w >> b
				if rest == 0 {
					break
				}
				b += rune(bits.TrailingZeros64(rest))
				start = base + b
			} else {
				rest := ^w >> b
				if rest == 0 {
					break
				}
				b += rune(bits.TrailingZeros64(rest))
				out = append(out, [2]rune{start, base + b - 1})
				start = -1
			}
		}
	}
	if start >= 0 {
		out = append(out, [2]rune{start, maxRune})
	}
	return out
}

func tables(names ...string) cpset {
	s := newSet()
	for _, n := range names {
		t := unicode.Categories[n]
		if t == nil {
			t = unicode.Properties[n]
		}
		if t == nil {
			panic("strip: no unicode table " + n) // a typo below, not user input
		}
		s.addTable(t)
	}
	return s
}

// generalCategories: every General_Category value by its short name, with
// the other names ECMAScript accepts (PropertyValueAliases.txt). Groups are
// built from the two-letter categories rather than read from Go's
// one-letter tables, because Unicode's C includes Cn (unassigned) and Go's
// unicode.C does not.
var gcAliases = map[string]string{
	"Other": "C", "Control": "Cc", "cntrl": "Cc", "Format": "Cf", "Unassigned": "Cn",
	"Private_Use": "Co", "Surrogate": "Cs", "Letter": "L", "Cased_Letter": "LC",
	"Lowercase_Letter": "Ll", "Modifier_Letter": "Lm", "Other_Letter": "Lo",
	"Titlecase_Letter": "Lt", "Uppercase_Letter": "Lu", "Mark": "M", "Combining_Mark": "M",
	"Spacing_Mark": "Mc", "Enclosing_Mark": "Me", "Nonspacing_Mark": "Mn", "Number": "N",
	"Decimal_Number": "Nd", "digit": "Nd", "Letter_Number": "Nl", "Other_Number": "No",
	"Punctuation": "P", "punct": "P", "Connector_Punctuation": "Pc", "Dash_Punctuation": "Pd",
	"Close_Punctuation": "Pe", "Final_Punctuation": "Pf", "Initial_Punctuation": "Pi",
	"Other_Punctuation": "Po", "Open_Punctuation": "Ps", "Symbol": "S", "Currency_Symbol": "Sc",
	"Modifier_Symbol": "Sk", "Math_Symbol": "Sm", "Other_Symbol": "So", "Separator": "Z",
	"Line_Separator": "Zl", "Paragraph_Separator": "Zp", "Space_Separator": "Zs",
}

var gcGroups = map[string][]string{
	"C":  {"Cc", "Cf", "Co", "Cs", "Cn"},
	"L":  {"Lu", "Ll", "Lt", "Lm", "Lo"},
	"LC": {"Lu", "Ll", "Lt"},
	"M":  {"Mc", "Me", "Mn"},
	"N":  {"Nd", "Nl", "No"},
	"P":  {"Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps"},
	"S":  {"Sc", "Sk", "Sm", "So"},
	"Z":  {"Zl", "Zp", "Zs"},
}

var assignedCats = []string{"Cc", "Cf", "Co", "Cs", "Ll", "Lm", "Lo", "Lt", "Lu", "Mc", "Me", "Mn",
	"Nd", "Nl", "No", "Pc", "Pd", "Pe", "Pf", "Pi", "Po", "Ps", "Sc", "Sk", "Sm", "So", "Zl", "Zp", "Zs"}

// gcSet returns the set of one General_Category value (short name).
func gcSet(v string) (cpset, bool) {
	if v == "Cn" {
		return tables(assignedCats...).complement(), true
	}
	if v == "C" {
		cn, _ := gcSet("Cn")
		return cn.union(tables("Cc", "Cf", "Co", "Cs")), true
	}
	if parts, ok := gcGroups[v]; ok {
		return tables(parts...), true
	}
	if len(v) == 2 && unicode.Categories[v] != nil {
		return tables(v), true
	}
	return nil, false
}

// binaryAliases maps ECMAScript's short names of binary properties to the
// long ones (the spec's table of binary Unicode properties).
var binaryAliases = map[string]string{
	"AHex": "ASCII_Hex_Digit", "Alpha": "Alphabetic", "Bidi_C": "Bidi_Control",
	"Bidi_M": "Bidi_Mirrored", "CI": "Case_Ignorable", "CWCF": "Changes_When_Casefolded",
	"CWCM": "Changes_When_Casemapped", "CWKCF": "Changes_When_NFKC_Casefolded",
	"CWL": "Changes_When_Lowercased", "CWT": "Changes_When_Titlecased",
	"CWU": "Changes_When_Uppercased", "DI": "Default_Ignorable_Code_Point", "Dep": "Deprecated",
	"Dia": "Diacritic", "EComp": "Emoji_Component", "EMod": "Emoji_Modifier",
	"EBase": "Emoji_Modifier_Base", "EPres": "Emoji_Presentation", "ExtPict": "Extended_Pictographic",
	"Ext": "Extender", "Gr_Base": "Grapheme_Base", "Gr_Ext": "Grapheme_Extend", "Hex": "Hex_Digit",
	"IDSB": "IDS_Binary_Operator", "IDST": "IDS_Trinary_Operator", "IDC": "ID_Continue",
	"IDS": "ID_Start", "Ideo": "Ideographic", "Join_C": "Join_Control",
	"LOE": "Logical_Order_Exception", "Lower": "Lowercase", "NChar": "Noncharacter_Code_Point",
	"Pat_Syn": "Pattern_Syntax", "Pat_WS": "Pattern_White_Space", "QMark": "Quotation_Mark",
	"RI": "Regional_Indicator", "STerm": "Sentence_Terminal", "SD": "Soft_Dotted",
	"Term": "Terminal_Punctuation", "UIdeo": "Unified_Ideograph", "Upper": "Uppercase",
	"VS": "Variation_Selector", "space": "White_Space", "XIDC": "XID_Continue", "XIDS": "XID_Start",
}

// goBinary are ECMAScript's binary properties that Go has a table for
// under the same name.
var goBinary = map[string]bool{
	"ASCII_Hex_Digit": true, "Bidi_Control": true, "Dash": true, "Deprecated": true,
	"Diacritic": true, "Extender": true, "Hex_Digit": true, "IDS_Binary_Operator": true,
	"IDS_Trinary_Operator": true, "Ideographic": true, "Join_Control": true,
	"Logical_Order_Exception": true, "Noncharacter_Code_Point": true, "Pattern_Syntax": true,
	"Pattern_White_Space": true, "Quotation_Mark": true, "Radical": true,
	"Regional_Indicator": true, "Sentence_Terminal": true, "Soft_Dotted": true,
	"Terminal_Punctuation": true, "Unified_Ideograph": true, "Variation_Selector": true,
	"White_Space": true,
}

// derived are binary properties Go has no table for but whose definition
// in DerivedCoreProperties.txt uses only tables Go has.
var derived = map[string]func() cpset{
	"Any":      func() cpset { return newSet().complement() },
	"ASCII":    func() cpset { s := newSet(); s.add(0, 0x7F); return s },
	"Assigned": func() cpset { return tables(assignedCats...) },
	"Alphabetic": func() cpset {
		return tables("Lu", "Ll", "Lt", "Lm", "Lo", "Nl", "Other_Alphabetic")
	},
	"Lowercase": func() cpset { return tables("Ll", "Other_Lowercase") },
	"Uppercase": func() cpset { return tables("Lu", "Other_Uppercase") },
	"Cased":     func() cpset { return tables("Ll", "Other_Lowercase", "Lu", "Other_Uppercase", "Lt") },
	"Math":      func() cpset { return tables("Sm", "Other_Math") },
	"ID_Start": func() cpset {
		return tables("Lu", "Ll", "Lt", "Lm", "Lo", "Nl", "Other_ID_Start").
			minus(tables("Pattern_Syntax", "Pattern_White_Space"))
	},
	"ID_Continue": func() cpset {
		return tables("Lu", "Ll", "Lt", "Lm", "Lo", "Nl", "Other_ID_Start", "Mn", "Mc", "Nd", "Pc", "Other_ID_Continue").
			minus(tables("Pattern_Syntax", "Pattern_White_Space"))
	},
	"Grapheme_Extend": func() cpset { return tables("Me", "Mn", "Other_Grapheme_Extend") },
	"Grapheme_Base": func() cpset {
		ex := tables("Me", "Mn", "Other_Grapheme_Extend", "Cc", "Cf", "Cs", "Co", "Zl", "Zp")
		return tables(assignedCats...).minus(ex)
	},
	"Default_Ignorable_Code_Point": func() cpset {
		s := tables("Other_Default_Ignorable_Code_Point", "Cf", "Variation_Selector").
			minus(tables("White_Space", "Prepended_Concatenation_Mark"))
		x := newSet()
		x.add(0xFFF9, 0xFFFB)   // interlinear annotation controls
		x.add(0x13430, 0x1343F) // Egyptian hieroglyph format controls
		return s.minus(x)
	},
}

// xid derives XID_Start or XID_Continue from ID_Start or ID_Continue as
// UAX #31 defines them: the code points whose NFKC form is still an
// identifier start (followed by identifier parts), or all identifier parts.
func xid(start bool) cpset {
	ids, idc := derived["ID_Start"](), derived["ID_Continue"]()
	base := idc
	if start {
		base = ids
	}
	out := newSet()
	var buf [4]byte
	for _, r := range base.ranges() {
		for c := r[0]; c <= r[1]; c++ {
			n := utf8.EncodeRune(buf[:], c)
			if norm.NFKC.IsNormal(buf[:n]) {
				out[c>>6] |= 1 << (c & 63)
				continue
			}
			ok := true
			for k, d := range norm.NFKC.String(string(c)) {
				if k == 0 && start && !ids.has(d) || !idc.has(d) {
					ok = false
					break
				}
			}
			if ok {
				out[c>>6] |= 1 << (c & 63)
			}
		}
	}
	return out
}

// noTable are ECMAScript's properties that need Unicode data Go lacks
// (emoji data, Bidi_Mirrored, full case mappings, Word_Break,
// Script_Extensions): refused with their name rather than
// approximated.
var noTable = map[string]bool{
	"Bidi_Mirrored": true, "Case_Ignorable": true, "Changes_When_Casefolded": true,
	"Changes_When_Casemapped": true, "Changes_When_NFKC_Casefolded": true,
	"Changes_When_Lowercased": true, "Changes_When_Titlecased": true,
	"Changes_When_Uppercased": true, "Emoji": true, "Emoji_Component": true,
	"Emoji_Modifier": true, "Emoji_Modifier_Base": true, "Emoji_Presentation": true,
	"Extended_Pictographic": true,
}

func init() {
	// Set here: xid reads the derived map itself.
	derived["XID_Start"] = func() cpset { return xid(true) }
	derived["XID_Continue"] = func() cpset { return xid(false) }
}

func scriptSet(v string) (cpset, bool) {
	if long, ok := scriptAliases[v]; ok {
		v = long
	}
	if v == "Unknown" {
		s := newSet()
		for _, t := range unicode.Scripts {
			s.addTable(t)
		}
		return s.complement(), true
	}
	t := unicode.Scripts[v]
	if t == nil {
		return nil, false
	}
	return newSet().addTable(t), true
}

// propertySet resolves the text between \p{ and }. The error names the
// property for the diagnostic.
func propertySet(name string) (cpset, error) {
	if k, v, ok := strings.Cut(name, "="); ok {
		switch k {
		case "General_Category", "gc":
			if short, ok := gcAliases[v]; ok {
				v = short
			}
			if s, ok := gcSet(v); ok {
				return s, nil
			}
		case "Script", "sc":
			if s, ok := scriptSet(v); ok {
				return s, nil
			}
		case "Script_Extensions", "scx":
			return nil, errors.New("Script_Extensions has no table in Go's unicode package, which tsrun's regexps are built from")
		}
		return nil, errors.New("unknown Unicode property or value")
	}
	if short, ok := gcAliases[name]; ok {
		s, _ := gcSet(short)
		return s, nil
	}
	if s, ok := gcSet(name); ok {
		return s, nil
	}
	long := name
	if l, ok := binaryAliases[name]; ok {
		long = l
	}
	switch {
	case goBinary[long]:
		return tables(long), nil
	case derived[long] != nil:
		return derived[long](), nil
	case noTable[long]:
		return nil, fmt.Errorf("%s has no table in Go's unicode package, which tsrun's regexps are built from", long)
	}
	return nil, errors.New("unknown Unicode property")
}

// classCache holds the emitted class body of each \p{…} and \P{…} seen
// (keyed "p:Name" / "P:Name"): the sets take a few milliseconds to build
// and run to kilobytes of text, and a program repeats the same few.
var classCache sync.Map

type cachedClass struct {
	body string
	err  error
}

// classBody returns the inside of a character class ([…] without the
// brackets) matching \p{name}, or \P{name} when negated. In u-mode (not v)
// ECMAScript complements before case folding, which is what an explicit
// complement followed by goja's folding of the class does.
func classBody(name string, negated bool) (string, error) {
	key := "p:" + name
	if negated {
		key = "P:" + name
	}
	if c, ok := classCache.Load(key); ok {
		return c.(cachedClass).body, c.(cachedClass).err
	}
	s, err := propertySet(name)
	var body string
	if err == nil {
		if negated {
			s = s.complement()
		}
		body = emitClass(s.ranges())
	}
	classCache.Store(key, cachedClass{body, err})
	return body, err
}

func emitClass(rs [][2]rune) string {
	var b strings.Builder
	for _, r := range rs {
		writeCodePoint(&b, r[0])
		if r[1] > r[0] {
			if r[1] > r[0]+1 {
				b.WriteByte('-')
			}
			writeCodePoint(&b, r[1])
		}
	}
	return b.String()
}

// writeCodePoint prints letters and digits as themselves and everything
// else as \u{…}, which is valid in a u-mode class and in a regexp literal
// whatever the character (/, ], line terminators, lone surrogates).
func writeCodePoint(b *strings.Builder, c rune) {
	if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
		b.WriteByte(byte(c))
		return
	}
	var buf [16]byte
	b.WriteString(`\u{`)
	b.Write(strconv.AppendUint(buf[:0], uint64(c), 16))
	b.WriteByte('}')
}

// PropertyNames lists every name \p{…} accepts here, aliases included, for
// the differential test against Node (testdata/regexp).
func PropertyNames() []string {
	var out []string
	for k := range gcAliases {
		out = append(out, k)
	}
	for k := range gcGroups {
		out = append(out, k)
	}
	for _, k := range assignedCats {
		out = append(out, k)
	}
	out = append(out, "Cn", "gc=Lu", "General_Category=Letter", "sc=Latn", "Script=Greek", "Script=Unknown")
	for k := range unicode.Scripts {
		out = append(out, "Script="+k)
	}
	for k := range scriptAliases {
		if _, ok := unicode.Scripts[scriptAliases[k]]; ok {
			out = append(out, "sc="+k)
		}
	}
	for k, long := range binaryAliases {
		if !noTable[long] {
			out = append(out, k)
		}
	}
	for k := range goBinary {
		out = append(out, k)
	}
	for k := range derived {
		out = append(out, k)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// PropertyRanges is the set \p{name} stands for, as inclusive ranges.
func PropertyRanges(name string) ([][2]rune, error) {
	s, err := propertySet(name)
	if err != nil {
		return nil, err
	}
	return s.ranges(), nil
}

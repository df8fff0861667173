package runtime

// The WHATWG URL Standard's basic URL parser, host parser and serializer,
// written from the standard's state machine (Node uses Ada, which
// implements the same text). Setters run the parser with a state override,
// exactly as the standard defines them.
//
// Known gap: domain-to-ASCII is UTS #46 with full mapping and NFC in the
// standard; here it is lower-casing, the ideographic full stops and
// Punycode, which agrees with Node for the hosts programs actually use but
// not for exotic compatibility characters.

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

const eof = -1

type urlRecord struct {
	scheme             string
	username, password string
	host               *string // nil: no host
	port               int     // -1: none
	path               []string
	opaque             bool    // the path is an opaque string (path[0])
	query, fragment    *string // nil: none
}

var specialPorts = map[string]int{"ftp": 21, "file": -1, "http": 80, "https": 443, "ws": 80, "wss": 443}

func isSpecialScheme(s string) bool { _, ok := specialPorts[s]; return ok }

func (u *urlRecord) special() bool { return isSpecialScheme(u.scheme) }

func (u *urlRecord) hasCredentials() bool { return u.username != "" || u.password != "" }

func (u *urlRecord) cannotHaveCredentialsOrPort() bool {
	return u.host == nil || *u.host == "" || u.scheme == "file"
}

func strp(s string) *string { return &s }

func (u *urlRecord) clone() *urlRecord {
	c := *u
	c.path = append([]string(nil), u.path...)
	return &c
}

// Percent-encode sets, as predicates on a code point.
func inC0Control(c rune) bool   { return c < 0x20 || c > 0x7E }
func inFragmentSet(c rune) bool { return inC0Control(c) || strings.ContainsRune(" \"<>`", c) }
func inQuerySet(c rune) bool    { return inC0Control(c) || strings.ContainsRune(" \"#<>", c) }
func inSpecialQuerySet(c rune) bool {
	return inQuerySet(c) || c == '\''
}
func inPathSet(c rune) bool { return inQuerySet(c) || strings.ContainsRune("?^`{}", c) }
func inUserinfoSet(c rune) bool {
	return inPathSet(c) || strings.ContainsRune("/:;=@[\\]|", c)
}
func inComponentSet(c rune) bool { return inUserinfoSet(c) || strings.ContainsRune("$%&+,", c) }
func inFormSet(c rune) bool      { return inComponentSet(c) || strings.ContainsRune("!'()~", c) }

const upperHex = "0123456789ABCDEF"

func percentEncodeRune(b *strings.Builder, c rune, set func(rune) bool) {
	if !set(c) {
		b.WriteRune(c)
		return
	}
	var buf [4]byte
	n := utf8.EncodeRune(buf[:], c)
	for _, x := range buf[:n] {
		b.WriteByte('%')
		b.WriteByte(upperHex[x>>4])
		b.WriteByte(upperHex[x&15])
	}
}

func percentEncodeString(s string, set func(rune) bool) string {
	var b strings.Builder
	for _, c := range s {
		percentEncodeRune(&b, c, set)
	}
	return b.String()
}

func urlUnhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func percentDecode(s string) []byte {
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			h, ok1 := urlUnhex(s[i+1])
			l, ok2 := urlUnhex(s[i+2])
			if ok1 && ok2 {
				out = append(out, h<<4|l)
				i += 2
				continue
			}
		}
		out = append(out, s[i])
	}
	return out
}

func isASCIIAlpha(c rune) bool    { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') }
func isASCIIDigit(c rune) bool    { return c >= '0' && c <= '9' }
func isASCIIHexDigit(c rune) bool { _, ok := urlUnhex(byte(c)); return c < 0x80 && ok }

func isWindowsDriveLetter(s []rune, normalized bool) bool {
	return len(s) == 2 && isASCIIAlpha(s[0]) && (s[1] == ':' || (!normalized && s[1] == '|'))
}

func startsWithWindowsDriveLetter(s []rune) bool {
	if len(s) < 2 || !isWindowsDriveLetter(s[:2], false) {
		return false
	}
	return len(s) == 2 || strings.ContainsRune("/\\?#", s[2])
}

func isSingleDot(s string) bool { return s == "." || strings.EqualFold(s, "%2e") }

func isDoubleDot(s string) bool {
	switch strings.ToLower(s) {
	case "..", ".%2e", "%2e.", "%2e%2e":
		return true
	}
	return false
}

func (u *urlRecord) shortenPath() {
	if u.scheme == "file" && len(u.path) == 1 && isWindowsDriveLetter([]rune(u.path[0]), true) {
		return
	}
	if len(u.path) > 0 {
		u.path = u.path[:len(u.path)-1]
	}
}

type parseState int

const (
	stNone parseState = iota
	stSchemeStart
	stScheme
	stNoScheme
	stSpecialRelativeOrAuthority
	stPathOrAuthority
	stRelative
	stRelativeSlash
	stSpecialAuthoritySlashes
	stSpecialAuthorityIgnoreSlashes
	stAuthority
	stHost
	stHostname
	stPort
	stFile
	stFileSlash
	stFileHost
	stPathStart
	stPath
	stOpaquePath
	stQuery
	stFragment
)

// parseURL is the basic URL parser. With override != stNone it updates
// url in place (a setter) and reports failure with ok == false.
func parseURL(input string, base *urlRecord, url *urlRecord, override parseState) (*urlRecord, bool) {
	if url == nil {
		url = &urlRecord{port: -1}
		input = strings.TrimFunc(input, func(r rune) bool { return r <= 0x20 })
	}
	input = strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, input)
	in := []rune(input)
	state := override
	if state == stNone {
		state = stSchemeStart
	}
	var buf strings.Builder
	atSignSeen, insideBrackets, passwordTokenSeen := false, false, false
	remainingStartsWith := func(p int, s string) bool {
		return strings.HasPrefix(string(in[min(p+1, len(in)):]), s)
	}

	for p := 0; ; p++ {
		c := rune(eof)
		if p < len(in) {
			c = in[p]
		}
		switch state {
		case stSchemeStart:
			if isASCIIAlpha(c) {
				buf.WriteRune(unicode.ToLower(c))
				state = stScheme
			} else if override == stNone {
				state = stNoScheme
				p--
			} else {
				return url, false
			}
		case stScheme:
			if isASCIIAlpha(c) || isASCIIDigit(c) || c == '+' || c == '-' || c == '.' {
				buf.WriteRune(unicode.ToLower(c))
			} else if c == ':' {
				scheme := buf.String()
				if override != stNone {
					if url.special() != isSpecialScheme(scheme) {
						return url, true
					}
					if (url.hasCredentials() || url.port >= 0) && scheme == "file" {
						return url, true
					}
					if url.scheme == "file" && url.host != nil && *url.host == "" {
						return url, true
					}
				}
				url.scheme = scheme
				if override != stNone {
					if dp, ok := specialPorts[scheme]; ok && dp == url.port {
						url.port = -1
					}
					return url, true
				}
				buf.Reset()
				switch {
				case scheme == "file":
					state = stFile
				case url.special() && base != nil && base.scheme == scheme:
					state = stSpecialRelativeOrAuthority
				case url.special():
					state = stSpecialAuthoritySlashes
				case remainingStartsWith(p, "/"):
					state = stPathOrAuthority
					p++
				default:
					url.path = []string{""}
					url.opaque = true
					state = stOpaquePath
				}
			} else if override == stNone {
				buf.Reset()
				state = stNoScheme
				p = -1
			} else {
				return url, false
			}
		case stNoScheme:
			if base == nil || (base.opaque && c != '#') {
				return nil, false
			} else if base.opaque && c == '#' {
				url.scheme = base.scheme
				url.path = append([]string(nil), base.path...)
				url.opaque = true
				url.query = base.query
				url.fragment = strp("")
				state = stFragment
			} else if base.scheme != "file" {
				state = stRelative
				p--
			} else {
				state = stFile
				p--
			}
		case stSpecialRelativeOrAuthority:
			if c == '/' && remainingStartsWith(p, "/") {
				state = stSpecialAuthorityIgnoreSlashes
				p++
			} else {
				state = stRelative
				p--
			}
		case stPathOrAuthority:
			if c == '/' {
				state = stAuthority
			} else {
				state = stPath
				p--
			}
		case stRelative:
			url.scheme = base.scheme
			if c == '/' || (url.special() && c == '\\') {
				state = stRelativeSlash
			} else {
				url.username, url.password, url.host, url.port = base.username, base.password, base.host, base.port
				url.path = append([]string(nil), base.path...)
				url.query = base.query
				if c == '?' {
					url.query = strp("")
					state = stQuery
				} else if c == '#' {
					url.fragment = strp("")
					state = stFragment
				} else if c != eof {
					url.query = nil
					url.shortenPath()
					state = stPath
					p--
				}
			}
		case stRelativeSlash:
			if url.special() && (c == '/' || c == '\\') {
				state = stSpecialAuthorityIgnoreSlashes
			} else if c == '/' {
				state = stAuthority
			} else {
				url.username, url.password, url.host, url.port = base.username, base.password, base.host, base.port
				state = stPath
				p--
			}
		case stSpecialAuthoritySlashes:
			state = stSpecialAuthorityIgnoreSlashes
			if c == '/' && remainingStartsWith(p, "/") {
				p++
			} else {
				p--
			}
		case stSpecialAuthorityIgnoreSlashes:
			if c != '/' && c != '\\' {
				state = stAuthority
				p--
			}
		case stAuthority:
			if c == '@' {
				s := buf.String()
				if atSignSeen {
					s = "%40" + s
				}
				atSignSeen = true
				var user, pass strings.Builder
				user.WriteString(url.username)
				pass.WriteString(url.password)
				for _, r := range s {
					if r == ':' && !passwordTokenSeen {
						passwordTokenSeen = true
						continue
					}
					if passwordTokenSeen {
						percentEncodeRune(&pass, r, inUserinfoSet)
					} else {
						percentEncodeRune(&user, r, inUserinfoSet)
					}
				}
				url.username, url.password = user.String(), pass.String()
				buf.Reset()
			} else if c == eof || c == '/' || c == '?' || c == '#' || (url.special() && c == '\\') {
				if atSignSeen && buf.Len() == 0 {
					return nil, false
				}
				p -= utf8.RuneCountInString(buf.String()) + 1
				buf.Reset()
				state = stHost
			} else {
				buf.WriteRune(c)
			}
		case stHost, stHostname:
			if override != stNone && url.scheme == "file" {
				p--
				state = stFileHost
			} else if c == ':' && !insideBrackets {
				if buf.Len() == 0 {
					return url, false
				}
				if override == stHostname {
					return url, false
				}
				h, ok := parseHost(buf.String(), !url.special())
				if !ok {
					return url, false
				}
				url.host = &h
				buf.Reset()
				state = stPort
			} else if c == eof || c == '/' || c == '?' || c == '#' || (url.special() && c == '\\') {
				p--
				if url.special() && buf.Len() == 0 {
					return url, false
				} else if override != stNone && buf.Len() == 0 && (url.hasCredentials() || url.port >= 0) {
					return url, false
				}
				h, ok := parseHost(buf.String(), !url.special())
				if !ok {
					return url, false
				}
				url.host = &h
				buf.Reset()
				state = stPathStart
				if override != stNone {
					return url, true
				}
			} else {
				if c == '[' {
					insideBrackets = true
				} else if c == ']' {
					insideBrackets = false
				}
				buf.WriteRune(c)
			}
		case stPort:
			if isASCIIDigit(c) {
				buf.WriteRune(c)
			} else if c == eof || c == '/' || c == '?' || c == '#' || (url.special() && c == '\\') || override != stNone {
				if buf.Len() != 0 {
					digits := strings.TrimLeft(buf.String(), "0")
					if len(digits) > 5 {
						return url, false
					}
					port := 0
					if digits != "" {
						port, _ = strconv.Atoi(digits)
					}
					if port > 65535 {
						return url, false
					}
					if dp, ok := specialPorts[url.scheme]; ok && dp == port {
						port = -1
					}
					url.port = port
					buf.Reset()
					if override != stNone {
						return url, true
					}
				}
				if override != stNone {
					return url, false
				}
				state = stPathStart
				p--
			} else {
				return url, false
			}
		case stFile:
			url.scheme = "file"
			url.host = strp("")
			if c == '/' || c == '\\' {
				state = stFileSlash
			} else if base != nil && base.scheme == "file" {
				url.host = base.host
				url.path = append([]string(nil), base.path...)
				url.query = base.query
				if c == '?' {
					url.query = strp("")
					state = stQuery
				} else if c == '#' {
					url.fragment = strp("")
					state = stFragment
				} else if c != eof {
					url.query = nil
					if !startsWithWindowsDriveLetter(in[p:]) {
						url.shortenPath()
					} else {
						url.path = nil
					}
					state = stPath
					p--
				}
			} else {
				state = stPath
				p--
			}
		case stFileSlash:
			if c == '/' || c == '\\' {
				state = stFileHost
			} else {
				if base != nil && base.scheme == "file" {
					url.host = base.host
					if !startsWithWindowsDriveLetter(in[min(p, len(in)):]) && len(base.path) > 0 &&
						isWindowsDriveLetter([]rune(base.path[0]), true) {
						url.path = append(url.path, base.path[0])
					}
				}
				state = stPath
				p--
			}
		case stFileHost:
			if c == eof || c == '/' || c == '\\' || c == '?' || c == '#' {
				p--
				if override == stNone && isWindowsDriveLetter([]rune(buf.String()), false) {
					state = stPath
				} else if buf.Len() == 0 {
					url.host = strp("")
					if override != stNone {
						return url, true
					}
					state = stPathStart
				} else {
					h, ok := parseHost(buf.String(), false)
					if !ok {
						return url, false
					}
					if h == "localhost" {
						h = ""
					}
					url.host = &h
					if override != stNone {
						return url, true
					}
					buf.Reset()
					state = stPathStart
				}
			} else {
				buf.WriteRune(c)
			}
		case stPathStart:
			if url.special() {
				state = stPath
				if c != '/' && c != '\\' {
					p--
				}
			} else if override == stNone && c == '?' {
				url.query = strp("")
				state = stQuery
			} else if override == stNone && c == '#' {
				url.fragment = strp("")
				state = stFragment
			} else if c != eof {
				state = stPath
				if c != '/' {
					p--
				}
			} else if override != stNone && url.host == nil {
				url.path = append(url.path, "")
			}
		case stPath:
			if c == eof || c == '/' || (url.special() && c == '\\') || (override == stNone && (c == '?' || c == '#')) {
				seg := buf.String()
				slash := c == '/' || (url.special() && c == '\\')
				if isDoubleDot(seg) {
					url.shortenPath()
					if !slash {
						url.path = append(url.path, "")
					}
				} else if isSingleDot(seg) && !slash {
					url.path = append(url.path, "")
				} else if !isSingleDot(seg) {
					if url.scheme == "file" && len(url.path) == 0 && isWindowsDriveLetter([]rune(seg), false) {
						r := []rune(seg)
						seg = string(r[0]) + ":"
					}
					url.path = append(url.path, seg)
				}
				buf.Reset()
				if c == '?' {
					url.query = strp("")
					state = stQuery
				} else if c == '#' {
					url.fragment = strp("")
					state = stFragment
				}
			} else {
				percentEncodeRune(&buf, c, inPathSet)
			}
		case stOpaquePath:
			if c == '?' {
				url.query = strp("")
				state = stQuery
			} else if c == '#' {
				url.fragment = strp("")
				state = stFragment
			} else if c == ' ' {
				// A space right before the query or fragment is encoded, so
				// that it survives their removal.
				if p+1 < len(in) && (in[p+1] == '?' || in[p+1] == '#') {
					url.path[0] += "%20"
				} else {
					url.path[0] += " "
				}
			} else if c != eof {
				var b strings.Builder
				percentEncodeRune(&b, c, inC0Control)
				url.path[0] += b.String()
			}
		case stQuery:
			if (override == stNone && c == '#') || c == eof {
				set := inQuerySet
				if url.special() {
					set = inSpecialQuerySet
				}
				q := ""
				if url.query != nil {
					q = *url.query
				}
				url.query = strp(q + percentEncodeString(buf.String(), set))
				buf.Reset()
				if c == '#' {
					url.fragment = strp("")
					state = stFragment
				}
			} else if c != eof {
				buf.WriteRune(c)
			}
		case stFragment:
			if c != eof {
				var b strings.Builder
				percentEncodeRune(&b, c, inFragmentSet)
				f := ""
				if url.fragment != nil {
					f = *url.fragment
				}
				url.fragment = strp(f + b.String())
			}
		}
		// The standard's "pointer points past the end": a state may step
		// back from EOF to hand it to the next state.
		if p >= len(in) {
			break
		}
	}
	return url, true
}

// serialize is the URL serializer; excludeFragment drops the fragment.
func (u *urlRecord) serialize(excludeFragment bool) string {
	var b strings.Builder
	b.WriteString(u.scheme)
	b.WriteByte(':')
	if u.host != nil {
		b.WriteString("//")
		if u.hasCredentials() {
			b.WriteString(u.username)
			if u.password != "" {
				b.WriteByte(':')
				b.WriteString(u.password)
			}
			b.WriteByte('@')
		}
		b.WriteString(*u.host)
		if u.port >= 0 {
			b.WriteByte(':')
			b.WriteString(strconv.Itoa(u.port))
		}
	} else if !u.opaque && len(u.path) > 1 && u.path[0] == "" {
		b.WriteString("/.")
	}
	b.WriteString(u.pathString())
	if u.query != nil {
		b.WriteByte('?')
		b.WriteString(*u.query)
	}
	if !excludeFragment && u.fragment != nil {
		b.WriteByte('#')
		b.WriteString(*u.fragment)
	}
	return b.String()
}

func (u *urlRecord) pathString() string {
	if u.opaque {
		return u.path[0]
	}
	var b strings.Builder
	for _, seg := range u.path {
		b.WriteByte('/')
		b.WriteString(seg)
	}
	return b.String()
}

// origin is the ASCII serialization of the URL's origin.
func (u *urlRecord) origin() string {
	switch u.scheme {
	case "blob":
		inner, ok := parseURL(u.pathString(), nil, nil, stNone)
		if ok && (inner.scheme == "http" || inner.scheme == "https") {
			return inner.origin()
		}
		return "null"
	case "ftp", "http", "https", "ws", "wss":
		s := u.scheme + "://" + *u.host
		if u.port >= 0 {
			s += ":" + strconv.Itoa(u.port)
		}
		return s
	}
	return "null"
}

// ---- hosts ----

func isForbiddenHost(c rune) bool {
	return strings.ContainsRune("\x00\t\n\r #/:<>?@[\\]^|", c)
}

func isForbiddenDomain(c rune) bool {
	return isForbiddenHost(c) || (c >= 0 && c <= 0x1F) || c == '%' || c == 0x7F
}

// parseHost returns the serialized host.
func parseHost(input string, opaque bool) (string, bool) {
	if strings.HasPrefix(input, "[") {
		if !strings.HasSuffix(input, "]") || len(input) < 2 {
			return "", false
		}
		addr, ok := parseIPv6(input[1 : len(input)-1])
		if !ok {
			return "", false
		}
		return "[" + serializeIPv6(addr) + "]", true
	}
	if opaque {
		for _, c := range input {
			if isForbiddenHost(c) {
				return "", false
			}
		}
		return percentEncodeString(input, inC0Control), true
	}
	domain := strings.ToValidUTF8(string(percentDecode(input)), "\uFFFD")
	ascii, ok := domainToASCII(domain)
	if !ok {
		return "", false
	}
	for _, c := range ascii {
		if isForbiddenDomain(c) {
			return "", false
		}
	}
	if endsInNumber(ascii) {
		v4, ok := parseIPv4(ascii)
		if !ok {
			return "", false
		}
		return serializeIPv4(v4), true
	}
	return ascii, true
}

// domainToASCII: see the file comment for how far it follows UTS #46.
func domainToASCII(domain string) (string, bool) {
	domain = strings.Map(func(r rune) rune {
		switch r {
		case 0x3002, 0xFF0E, 0xFF61:
			return '.'
		case 0xAD, 0x200B, 0x2060, 0xFEFF: // mapped to nothing
			return -1
		}
		return unicode.ToLower(r)
	}, domain)
	labels := strings.Split(domain, ".")
	for i, label := range labels {
		ascii := true
		for j := 0; j < len(label); j++ {
			if label[j] >= 0x80 {
				ascii = false
				break
			}
		}
		if !ascii && strings.HasPrefix(label, "xn--") {
			return "", false
		}
		if ascii {
			// Node (Ada) takes ASCII labels as they are, "xn--" ones
			// included, without checking their Punycode.
			continue
		}
		enc, ok := punycodeEncode(label)
		if !ok {
			return "", false
		}
		labels[i] = "xn--" + enc
	}
	out := strings.Join(labels, ".")
	if out == "" {
		return "", false
	}
	return out, true
}

func endsInNumber(s string) bool {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" {
		if len(parts) == 1 {
			return false
		}
		parts = parts[:len(parts)-1]
	}
	last := parts[len(parts)-1]
	if last != "" && strings.Trim(last, "0123456789") == "" {
		return true
	}
	_, ok := parseIPv4Number(last)
	return ok
}

func parseIPv4Number(s string) (uint64, bool) {
	if s == "" {
		return 0, false
	}
	radix := 10
	if len(s) >= 2 && (s[:2] == "0x" || s[:2] == "0X") {
		radix, s = 16, s[2:]
	} else if len(s) >= 2 && s[0] == '0' {
		radix, s = 8, s[1:]
	}
	if s == "" {
		return 0, true
	}
	var n uint64
	for i := 0; i < len(s); i++ {
		d, ok := urlUnhex(s[i])
		if !ok || int(d) >= radix {
			return 0, false
		}
		if n < 1<<40 {
			n = n*uint64(radix) + uint64(d)
		}
	}
	return n, true
}

func parseIPv4(s string) (uint32, bool) {
	parts := strings.Split(s, ".")
	if parts[len(parts)-1] == "" && len(parts) > 1 {
		parts = parts[:len(parts)-1]
	}
	if len(parts) > 4 {
		return 0, false
	}
	nums := make([]uint64, len(parts))
	for i, part := range parts {
		n, ok := parseIPv4Number(part)
		if !ok {
			return 0, false
		}
		nums[i] = n
	}
	for _, n := range nums[:len(nums)-1] {
		if n > 255 {
			return 0, false
		}
	}
	last := nums[len(nums)-1]
	if last >= 1<<(8*(5-len(nums))) {
		return 0, false
	}
	v := last
	for i, n := range nums[:len(nums)-1] {
		v += n << (8 * (3 - i))
	}
	return uint32(v), true
}

func serializeIPv4(v uint32) string {
	return strconv.Itoa(int(v>>24)) + "." + strconv.Itoa(int(v>>16&255)) + "." +
		strconv.Itoa(int(v>>8&255)) + "." + strconv.Itoa(int(v&255))
}

func parseIPv6(s string) ([8]uint16, bool) {
	var addr [8]uint16
	in := []rune(s)
	pieceIndex, compress := 0, -1
	p := 0
	at := func(i int) rune {
		if i < len(in) {
			return in[i]
		}
		return eof
	}
	if at(p) == ':' {
		if at(p+1) != ':' {
			return addr, false
		}
		p += 2
		pieceIndex++
		compress = pieceIndex
	}
	for at(p) != eof {
		if pieceIndex == 8 {
			return addr, false
		}
		if at(p) == ':' {
			if compress != -1 {
				return addr, false
			}
			p++
			pieceIndex++
			compress = pieceIndex
			continue
		}
		value, length := 0, 0
		for length < 4 && isASCIIHexDigit(at(p)) {
			d, _ := urlUnhex(byte(at(p)))
			value = value*16 + int(d)
			p++
			length++
		}
		if at(p) == '.' {
			if length == 0 {
				return addr, false
			}
			p -= length
			if pieceIndex > 6 {
				return addr, false
			}
			numbersSeen := 0
			for at(p) != eof {
				ipv4Piece := -1
				if numbersSeen > 0 {
					if at(p) == '.' && numbersSeen < 4 {
						p++
					} else {
						return addr, false
					}
				}
				if !isASCIIDigit(at(p)) {
					return addr, false
				}
				for isASCIIDigit(at(p)) {
					n := int(at(p) - '0')
					if ipv4Piece == -1 {
						ipv4Piece = n
					} else if ipv4Piece == 0 {
						return addr, false
					} else {
						ipv4Piece = ipv4Piece*10 + n
					}
					if ipv4Piece > 255 {
						return addr, false
					}
					p++
				}
				addr[pieceIndex] = addr[pieceIndex]*0x100 + uint16(ipv4Piece)
				numbersSeen++
				if numbersSeen == 2 || numbersSeen == 4 {
					pieceIndex++
				}
			}
			if numbersSeen != 4 {
				return addr, false
			}
			break
		} else if at(p) == ':' {
			p++
			if at(p) == eof {
				return addr, false
			}
		} else if at(p) != eof {
			return addr, false
		}
		addr[pieceIndex] = uint16(value)
		pieceIndex++
	}
	if compress != -1 {
		swaps := pieceIndex - compress
		pieceIndex = 7
		for pieceIndex != 0 && swaps > 0 {
			addr[pieceIndex], addr[compress+swaps-1] = addr[compress+swaps-1], addr[pieceIndex]
			pieceIndex--
			swaps--
		}
	} else if pieceIndex != 8 {
		return addr, false
	}
	return addr, true
}

func serializeIPv6(addr [8]uint16) string {
	// Compress the first longest run of two or more zero pieces.
	best, bestLen := -1, 1
	for i := 0; i < 8; {
		if addr[i] != 0 {
			i++
			continue
		}
		j := i
		for j < 8 && addr[j] == 0 {
			j++
		}
		if j-i > bestLen {
			best, bestLen = i, j-i
		}
		i = j
	}
	var b strings.Builder
	ignore0 := false
	for i := 0; i < 8; i++ {
		if ignore0 && addr[i] == 0 {
			continue
		}
		ignore0 = false
		if best == i {
			if i == 0 {
				b.WriteString("::")
			} else {
				b.WriteString(":")
			}
			ignore0 = true
			continue
		}
		b.WriteString(strconv.FormatUint(uint64(addr[i]), 16))
		if i != 7 {
			b.WriteByte(':')
		}
	}
	return b.String()
}

// ---- Punycode (RFC 3492) ----

const (
	pcBase, pcTMin, pcTMax, pcSkew, pcDamp = 36, 1, 26, 38, 700
	pcInitialBias, pcInitialN              = 72, 128
)

func pcAdapt(delta, numPoints int, first bool) int {
	if first {
		delta /= pcDamp
	} else {
		delta /= 2
	}
	delta += delta / numPoints
	k := 0
	for delta > ((pcBase-pcTMin)*pcTMax)/2 {
		delta /= pcBase - pcTMin
		k += pcBase
	}
	return k + (pcBase-pcTMin+1)*delta/(delta+pcSkew)
}

func pcDigit(d int) byte {
	if d < 26 {
		return byte('a' + d)
	}
	return byte('0' + d - 26)
}

func punycodeEncode(s string) (string, bool) {
	in := []rune(s)
	var out []byte
	for _, r := range in {
		if r < 0x80 {
			out = append(out, byte(r))
		}
	}
	h, b := len(out), len(out)
	if b > 0 {
		out = append(out, '-')
	}
	n, delta, bias := pcInitialN, 0, pcInitialBias
	for h < len(in) {
		m := int(^uint(0) >> 1)
		for _, r := range in {
			if int(r) >= n && int(r) < m {
				m = int(r)
			}
		}
		if (m - n) > (1<<31)/(h+1) {
			return "", false
		}
		delta += (m - n) * (h + 1)
		n = m
		for _, r := range in {
			if int(r) < n {
				delta++
			}
			if int(r) == n {
				q := delta
				for k := pcBase; ; k += pcBase {
					t := k - bias
					if t < pcTMin {
						t = pcTMin
					} else if t > pcTMax {
						t = pcTMax
					}
					if q < t {
						break
					}
					out = append(out, pcDigit(t+(q-t)%(pcBase-t)))
					q = (q - t) / (pcBase - t)
				}
				out = append(out, pcDigit(q))
				bias = pcAdapt(delta, h+1, h == b)
				delta = 0
				h++
			}
		}
		delta++
		n++
	}
	return string(out), true
}

func punycodeDecode(s string) (string, bool) {
	var out []rune
	i := strings.LastIndexByte(s, '-')
	if i > 0 {
		for _, c := range s[:i] {
			if c >= 0x80 {
				return "", false
			}
			out = append(out, c)
		}
		s = s[i+1:]
	} else if i == 0 {
		s = s[1:]
	}
	n, bias, idx := pcInitialN, pcInitialBias, 0
	for p := 0; p < len(s); {
		oldi, w := idx, 1
		for k := pcBase; ; k += pcBase {
			if p >= len(s) {
				return "", false
			}
			c := s[p]
			p++
			var digit int
			switch {
			case c >= '0' && c <= '9':
				digit = int(c-'0') + 26
			case c >= 'a' && c <= 'z':
				digit = int(c - 'a')
			case c >= 'A' && c <= 'Z':
				digit = int(c - 'A')
			default:
				return "", false
			}
			idx += digit * w
			if idx > 1<<30 {
				return "", false
			}
			t := k - bias
			if t < pcTMin {
				t = pcTMin
			} else if t > pcTMax {
				t = pcTMax
			}
			if digit < t {
				break
			}
			w *= pcBase - t
		}
		bias = pcAdapt(idx-oldi, len(out)+1, oldi == 0)
		n += idx / (len(out) + 1)
		idx %= len(out) + 1
		if n > unicode.MaxRune {
			return "", false
		}
		out = append(out[:idx], append([]rune{rune(n)}, out[idx:]...)...)
		idx++
	}
	return string(out), true
}

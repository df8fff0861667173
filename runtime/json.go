package runtime

// JSON.parse with V8's error messages. goja's JSON.parse decodes with
// encoding/json, so a malformed text throws a SyntaxError worded by Go
// ("invalid character 'x' looking for beginning of value"), which programs
// print and tests compare. The global JSON.parse is replaced by a native
// function that calls goja's on the success path (no extra cost beyond one
// native call) and only on failure scans the text again, the way V8's
// JsonParser does, to throw V8's message for the first error V8 would meet.
//
// The same scanner also builds values: goja's decoder fails on some valid
// JSON (a number out of float64 range such as 1e400, which V8 reads as
// Infinity; nesting past encoding/json's depth limit), and then the scan's
// value is the result.

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"

	"github.com/dop251/goja"
)

func init() {
	registerGlobals(5, "json", installJSONParse)
}

func installJSONParse(vm *VM) error {
	rt := vm.RT
	jsonObj := rt.Get("JSON").ToObject(rt)
	orig, ok := goja.AssertFunction(jsonObj.Get("parse"))
	if !ok {
		return fmt.Errorf("runtime: JSON.parse missing")
	}
	syntaxErr := rt.Get("SyntaxError").ToObject(rt)
	sites := &jsonSites{}
	must(vm.internal.Set("jsonSites", sites))
	parse := func(call goja.FunctionCall) goja.Value {
		// ToString once here, so that an object's toString runs once and
		// the failure path reads the same text (goja's Value.ToString
		// leaves primitives as they are). A Symbol goes to goja's parse,
		// which throws the TypeError V8 does.
		text := call.Argument(0)
		switch text.(type) {
		case goja.String, *goja.Symbol:
		default:
			text = rt.ToValue(text.String())
		}
		reviver := call.Argument(1)
		if fn, ok := goja.AssertFunction(reviver); ok {
			if s, ok := text.(goja.String); ok {
				return parseWithReviver(rt, s, fn, func(perr *jsonError) {
					e, cerr := rt.New(syntaxErr, goja.StringFromUTF16(perr.msg))
					if cerr != nil {
						panic(cerr)
					}
					sites.add(e, perr.src, perr.pos)
					panic(e)
				})
			}
		}
		v, err := orig(goja.Undefined(), text, reviver)
		if err == nil {
			return v
		}
		s, ok := text.(goja.String)
		if !ok {
			panic(err)
		}
		res, perr := parseJSONText(rt, jsonUnits(s), s)
		if perr != nil {
			e, cerr := rt.New(syntaxErr, goja.StringFromUTF16(perr.msg))
			if cerr != nil {
				panic(cerr)
			}
			sites.add(e, perr.src, perr.pos)
			panic(e)
		}
		// The text is valid JSON that goja's decoder refused: the scan's
		// value is the answer.
		if !isGojaDecodeFailure(err) {
			panic(err)
		}
		return res
	}
	fn := rt.ToValue(parse).ToObject(rt)
	// Node: JSON.parse.length is 2 (text, reviver); a native Go function
	// reports 0.
	if err := fn.DefineDataProperty("length", rt.ToValue(2), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	if err := fn.DefineDataProperty("name", rt.ToValue("parse"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	if err := jsonObj.DefineDataProperty("parse", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	return installJSONStringify(vm, jsonObj)
}

// installJSONStringify wraps goja's JSON.stringify so that a cycle is
// reported with V8's detail (where the circle starts, the path, the key
// that closes it); goja's message is only the first line of V8's.
func installJSONStringify(vm *VM, jsonObj *goja.Object) error {
	rt := vm.RT
	orig, ok := goja.AssertFunction(jsonObj.Get("stringify"))
	if !ok {
		return fmt.Errorf("runtime: JSON.stringify missing")
	}
	typeErr := rt.Get("TypeError").ToObject(rt)
	stringify := func(call goja.FunctionCall) goja.Value {
		v, err := orig(goja.Undefined(), call.Arguments...)
		if err == nil {
			return v
		}
		if msg := vm.circularJSONMessage(err, call.Argument(0), call.Argument(1)); msg != nil {
			e, cerr := rt.New(typeErr, msg)
			if cerr != nil {
				panic(cerr)
			}
			panic(e)
		}
		panic(err)
	}
	fn := rt.ToValue(stringify).ToObject(rt)
	if err := fn.DefineDataProperty("length", rt.ToValue(3), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	if err := fn.DefineDataProperty("name", rt.ToValue("stringify"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
		return err
	}
	return jsonObj.DefineDataProperty("stringify", fn, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// circularJSONMessage is V8's message for goja's cycle error err, or nil
// when err is anything else (or the walk finds no cycle).
func (vm *VM) circularJSONMessage(err error, value, replacer goja.Value) goja.Value {
	ex, ok := err.(*goja.Exception)
	if !ok {
		return nil
	}
	o, ok := ex.Value().(*goja.Object)
	if !ok || o.Get("message") == nil || o.Get("message").String() != "Converting circular structure to JSON" {
		return nil
	}
	helpers, herr := vm.cachedInternal("jsonHelpers", func() (goja.Value, error) {
		return vm.internalJS("json")
	})
	if herr != nil {
		return nil
	}
	f, _ := goja.AssertFunction(helpers.Get("circularMessage"))
	msg, cerr := f(goja.Undefined(), value, replacer)
	if cerr != nil || goja.IsUndefined(msg) {
		return nil
	}
	return msg
}

// isGojaDecodeFailure: goja's own decoder threw (a SyntaxError from inside
// its JSON.parse), as opposed to an exception the reviver raised.
func isGojaDecodeFailure(err error) bool {
	ex, ok := err.(*goja.Exception)
	if !ok {
		return false
	}
	o, ok := ex.Value().(*goja.Object)
	if !ok {
		return false
	}
	if name := o.Get("name"); name == nil || name.String() != "SyntaxError" {
		return false
	}
	msg := o.Get("message").String()
	for _, p := range []string{"json: ", "exceeded max depth", "Unexpected end of JSON input (", "invalid character", "Unexpected token"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}

func jsonUnits(s goja.String) []uint16 {
	n := s.Length()
	u := make([]uint16, n)
	for i := range n {
		u[i] = s.CharAt(i)
	}
	return u
}

type jsonTok uint8

const (
	jtEOS jsonTok = iota
	jtIllegal
	jtString
	jtNumber
	jtTrue
	jtFalse
	jtNull
	jtWhitespace
	jtColon
	jtComma
	jtLBrack
	jtRBrack
	jtLBrace
	jtRBrace
)

func jsonTokOf(c uint16) jsonTok {
	switch c {
	case '"':
		return jtString
	case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return jtNumber
	case 't':
		return jtTrue
	case 'f':
		return jtFalse
	case 'n':
		return jtNull
	case ' ', '\t', '\n', '\r':
		return jtWhitespace
	case ':':
		return jtColon
	case ',':
		return jtComma
	case '[':
		return jtLBrack
	case ']':
		return jtRBrack
	case '{':
		return jtLBrace
	case '}':
		return jtRBrace
	}
	return jtIllegal
}

// jsonError is a SyntaxError message as V8 words it, in UTF-16 units: the
// quoted token or context may hold half of a surrogate pair.
type jsonError struct {
	msg []uint16
	src []uint16 // the text and the error's position in it, for the
	pos int      // fatal report's source line
}

func jsonMsg(parts ...any) *jsonError {
	var u []uint16
	for _, p := range parts {
		switch p := p.(type) {
		case string:
			u = append(u, utf16.Encode([]rune(p))...)
		case []uint16:
			u = append(u, p...)
		}
	}
	return &jsonError{msg: u}
}

// jsonScanner follows V8's JsonParser step by step, so the first error it
// meets, and the position it reports, are V8's. rt nil: validate only.
type jsonScanner struct {
	src  []uint16
	pos  int
	rt   *goja.Runtime
	orig goja.String
	err  *jsonError
	// rec: record each value's node (source text of primitives) for a
	// reviver's context argument; node is the last value's.
	rec     bool
	node    *jsonNode
	lastArr goja.Value
}

// jsonNode is the parse record of one value: a primitive's source text, or
// an object's or array's children, for JSON.parse source text access
// (a reviver's third argument, { source }).
type jsonNode struct {
	val   goja.Value
	src   string
	props map[string]*jsonNode
	elems []*jsonNode
}

// parseJSONText scans src (the UTF-16 units of orig) and returns the value
// (nil when rt is nil) or V8's error.
func parseJSONText(rt *goja.Runtime, src []uint16, orig goja.String) (goja.Value, *jsonError) {
	p := &jsonScanner{src: src, rt: rt, orig: orig}
	v := p.value()
	if p.err == nil {
		p.skipWS()
		if p.pos < len(p.src) {
			p.fail(jtIllegal, "Unexpected non-whitespace character after JSON")
		}
	}
	if p.err != nil {
		p.err.src, p.err.pos = p.src, p.pos
		return nil, p.err
	}
	return v, nil
}

func (p *jsonScanner) peek() jsonTok {
	if p.pos >= len(p.src) {
		return jtEOS
	}
	return jsonTokOf(p.src[p.pos])
}

func (p *jsonScanner) skipWS() {
	for p.pos < len(p.src) {
		switch p.src[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

// check skips whitespace and consumes tok if it is next.
func (p *jsonScanner) check(tok jsonTok) bool {
	p.skipWS()
	if p.peek() == tok {
		p.pos++
		return true
	}
	return false
}

// expect consumes tok or fails with template (V8's Expect/ExpectNext).
func (p *jsonScanner) expect(tok jsonTok, template string) bool {
	p.skipWS()
	if t := p.peek(); t != tok {
		p.fail(t, template)
		return false
	}
	p.pos++
	return true
}

// fail records V8's message for an unexpected tok at p.pos: with a template
// the message names the position; without one it depends on the token.
func (p *jsonScanner) fail(tok jsonTok, template string) {
	if p.err != nil {
		return
	}
	at := func(what string) *jsonError {
		line, col := p.lineCol()
		return jsonMsg(fmt.Sprintf("%s at position %d (line %d column %d)", what, p.pos, line, col))
	}
	switch {
	case template != "":
		p.err = at(template)
	case tok == jtEOS:
		p.err = jsonMsg("Unexpected end of JSON input")
	case tok == jtNumber:
		p.err = at("Unexpected number in JSON")
	case tok == jtString:
		p.err = at("Unexpected string in JSON")
	default:
		p.err = p.unexpectedToken()
	}
}

// jsonSpecial are the texts V8 names without a token: what String() of a
// value that is not JSON at all gives.
var jsonSpecial = []string{"[object Object]", "undefined", "Infinity", "NaN"}

// jsonContext is how many units V8 quotes on each side of the error in a
// long text; texts shorter than 2*jsonContext+1 are quoted whole.
const jsonContext = 10

func (p *jsonScanner) unexpectedToken() *jsonError {
	n := len(p.src)
	if n <= len("[object Object]") {
		text := string(utf16.Decode(p.src))
		for _, s := range jsonSpecial {
			if text == s {
				return jsonMsg(`"` + s + `" is not valid JSON`)
			}
		}
	}
	tok := p.src[p.pos : p.pos+1]
	switch {
	case n < 2*jsonContext+1:
		return jsonMsg("Unexpected token '", tok, `', "`, p.src, `" is not valid JSON`)
	case p.pos < jsonContext:
		return jsonMsg("Unexpected token '", tok, `', "`, p.src[:p.pos+jsonContext], `"... is not valid JSON`)
	case p.pos < n-jsonContext:
		return jsonMsg("Unexpected token '", tok, `', ..."`, p.src[p.pos-jsonContext:p.pos+jsonContext], `"... is not valid JSON`)
	default:
		return jsonMsg("Unexpected token '", tok, `', ..."`, p.src[p.pos-jsonContext:], `" is not valid JSON`)
	}
}

// lineCol is V8's: \n, \r and \r\n each end a line; the column is 1-based
// in UTF-16 units.
func (p *jsonScanner) lineCol() (int, int) {
	line, lineStart := 1, 0
	for i := 0; i < p.pos; i++ {
		c := p.src[i]
		if c == '\r' && i < p.pos-1 && p.src[i+1] == '\n' {
			i++
			c = '\n'
		}
		if c == '\r' || c == '\n' {
			line++
			lineStart = i + 1
		}
	}
	return line, p.pos - lineStart + 1
}

func (p *jsonScanner) value() goja.Value {
	if !p.rec {
		return p.value0()
	}
	p.skipWS()
	start := p.pos
	v := p.value0()
	if p.err != nil {
		return nil
	}
	if _, ok := v.(*goja.Object); !ok {
		p.node = &jsonNode{val: v, src: string(utf16.Decode(p.src[start:p.pos]))}
	}
	return v
}

func (p *jsonScanner) value0() goja.Value {
	p.skipWS()
	switch tok := p.peek(); tok {
	case jtString:
		p.pos++
		return p.str()
	case jtNumber:
		return p.number()
	case jtLBrace:
		p.pos++
		return p.object()
	case jtLBrack:
		p.pos++
		return p.array()
	case jtTrue:
		p.literal("true")
		return p.boolVal(true)
	case jtFalse:
		p.literal("false")
		return p.boolVal(false)
	case jtNull:
		p.literal("null")
		if p.rt != nil {
			return goja.Null()
		}
		return nil
	default:
		p.fail(tok, "")
		return nil
	}
}

func (p *jsonScanner) boolVal(b bool) goja.Value {
	if p.rt == nil || p.err != nil {
		return nil
	}
	return p.rt.ToValue(b)
}

func (p *jsonScanner) object() goja.Value {
	var obj *goja.Object
	if p.rt != nil {
		obj = p.rt.NewObject()
	}
	var props map[string]*jsonNode
	if p.rec {
		props = map[string]*jsonNode{}
		defer func() { p.node = &jsonNode{val: obj, props: props} }()
	}
	if p.check(jtRBrace) {
		return obj
	}
	template := "Expected property name or '}' in JSON"
	for {
		if !p.expect(jtString, template) {
			return nil
		}
		key := p.str()
		if p.err != nil || !p.expect(jtColon, "Expected ':' after property name in JSON") {
			return nil
		}
		v := p.value()
		if p.err != nil {
			return nil
		}
		if obj != nil {
			// CreateDataProperty, not Set: a "__proto__" key is an own
			// property, and setters on Object.prototype never run.
			must(obj.DefineDataProperty(key.String(), v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
		}
		if p.rec {
			props[key.String()] = p.node
		}
		if !p.check(jtComma) {
			break
		}
		template = "Expected double-quoted property name in JSON"
	}
	if !p.expect(jtRBrace, "Expected ',' or '}' after property value in JSON") {
		return nil
	}
	return obj
}

func (p *jsonScanner) array() goja.Value {
	var elems []any
	var nodes []*jsonNode
	if p.rec {
		// Deferred: the return expression p.arr(elems) makes this array
		// last, after any nested one.
		defer func() { p.node = &jsonNode{val: p.lastArr, elems: nodes} }()
	}
	if p.check(jtRBrack) {
		return p.arr(elems)
	}
	for {
		v := p.value()
		if p.err != nil {
			return nil
		}
		if p.rt != nil {
			elems = append(elems, v)
		}
		if p.rec {
			nodes = append(nodes, p.node)
		}
		if !p.check(jtComma) {
			break
		}
	}
	if !p.expect(jtRBrack, "Expected ',' or ']' after array element in JSON") {
		return nil
	}
	return p.arr(elems)
}

func (p *jsonScanner) arr(elems []any) goja.Value {
	if p.rt == nil {
		return nil
	}
	a := p.rt.NewArray(elems...)
	p.lastArr = a
	return a
}

// literal is V8's ScanLiteral: the first character already matched; a
// mismatch reports the character found, running out reports the end.
func (p *jsonScanner) literal(word string) {
	for i := 0; i < len(word); i++ {
		if p.pos >= len(p.src) {
			p.fail(jtEOS, "")
			return
		}
		if c := p.src[p.pos]; c != uint16(word[i]) {
			p.fail(jsonTokOf(c), "")
			return
		}
		p.pos++
	}
}

func (p *jsonScanner) isDigit() bool {
	return p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9'
}

func (p *jsonScanner) digits() {
	for p.isDigit() {
		p.pos++
	}
}

func (p *jsonScanner) number() goja.Value {
	start := p.pos
	if p.src[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos < len(p.src) && p.src[p.pos] == '0':
		p.pos++
		if p.isDigit() {
			p.fail(jtNumber, "")
			return nil
		}
	case !p.isDigit():
		p.fail(jtIllegal, "No number after minus sign in JSON")
		return nil
	default:
		p.digits()
	}
	if p.pos < len(p.src) && p.src[p.pos] == '.' {
		p.pos++
		if !p.isDigit() {
			p.fail(jtIllegal, "Unterminated fractional number in JSON")
			return nil
		}
		p.digits()
	}
	if p.pos < len(p.src) && (p.src[p.pos] == 'e' || p.src[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.src) && (p.src[p.pos] == '+' || p.src[p.pos] == '-') {
			p.pos++
		}
		if !p.isDigit() {
			p.fail(jtIllegal, "Exponent part is missing a number in JSON")
			return nil
		}
		p.digits()
	}
	if p.rt == nil {
		return nil
	}
	b := make([]byte, p.pos-start)
	for i := range b {
		b[i] = byte(p.src[start+i])
	}
	// Out of range parses to ±Inf or ±0 with ErrRange: what V8 returns.
	f, _ := strconv.ParseFloat(string(b), 64)
	return p.rt.ToValue(f)
}

func hexVal(c uint16) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// str scans a string whose opening quote is consumed (V8's ScanJsonString).
// The result keeps lone surrogates, as V8 does.
func (p *jsonScanner) str() goja.String {
	var out []uint16
	build := p.rt != nil
	for {
		if p.pos >= len(p.src) {
			p.fail(jtIllegal, "Unterminated string in JSON")
			return nil
		}
		c := p.src[p.pos]
		switch {
		case c == '"':
			p.pos++
			if !build {
				return nil
			}
			return goja.StringFromUTF16(out)
		case c == '\\':
			p.pos++
			if p.pos >= len(p.src) {
				p.fail(jtEOS, "")
				return nil
			}
			e := p.src[p.pos]
			switch e {
			case '"', '\\', '/':
			case 'b':
				e = '\b'
			case 'f':
				e = '\f'
			case 'n':
				e = '\n'
			case 'r':
				e = '\r'
			case 't':
				e = '\t'
			case 'u':
				var r int
				for range 4 {
					p.pos++
					h := -1
					if p.pos < len(p.src) {
						h = hexVal(p.src[p.pos])
					}
					if h < 0 {
						p.fail(jtIllegal, "Bad Unicode escape in JSON")
						return nil
					}
					r = r<<4 | h
				}
				e = uint16(r)
			default:
				p.fail(jtIllegal, "Bad escaped character in JSON")
				return nil
			}
			p.pos++
			if build {
				out = append(out, e)
			}
		case c < 0x20:
			p.fail(jtIllegal, "Bad control character in string literal in JSON")
			return nil
		default:
			p.pos++
			if build {
				out = append(out, c)
			}
		}
	}
}

// parseWithReviver is JSON.parse(text, reviver): the scanner builds the
// value and its parse record, and the walk gives the reviver V8's third
// argument, { source } for a primitive still as parsed (goja's own walk
// passes two arguments, so (k, v, { source }) => … threw).
func parseWithReviver(rt *goja.Runtime, s goja.String, reviver goja.Callable, fail func(*jsonError)) goja.Value {
	p := &jsonScanner{src: jsonUnits(s), rt: rt, orig: s, rec: true}
	v := p.value()
	if p.err == nil {
		p.skipWS()
		if p.pos < len(p.src) {
			p.fail(jtIllegal, "Unexpected non-whitespace character after JSON")
		}
	}
	if p.err != nil {
		p.err.src, p.err.pos = p.src, p.pos
		fail(p.err)
		return nil
	}
	root := rt.NewObject()
	must(root.DefineDataProperty("", v, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
	return reviveJSON(rt, reviver, root, "", p.node)
}

// reviveJSON is the spec's InternalizeJSONProperty with the parse record
// of JSON.parse source text access: node is the record of holder[name] as
// parsed, nil once the reviver replaced it.
func reviveJSON(rt *goja.Runtime, reviver goja.Callable, holder *goja.Object, name string, node *jsonNode) goja.Value {
	val := holder.Get(name)
	if node != nil && (node.val == nil || !node.val.SameAs(val)) {
		node = nil
	}
	if o, ok := val.(*goja.Object); ok {
		if o.ClassName() == "Array" {
			n := o.Get("length").ToInteger()
			for i := int64(0); i < n; i++ {
				var child *jsonNode
				if node != nil && i < int64(len(node.elems)) {
					child = node.elems[i]
				}
				reviveKey(rt, reviver, o, strconv.FormatInt(i, 10), child)
			}
		} else {
			for _, k := range o.Keys() {
				var child *jsonNode
				if node != nil {
					child = node.props[k]
				}
				reviveKey(rt, reviver, o, k, child)
			}
		}
	}
	ctx := rt.NewObject()
	if node != nil && node.src != "" {
		must(ctx.Set("source", node.src))
	}
	v, err := reviver(holder, rt.ToValue(name), val, ctx)
	if err != nil {
		panic(err)
	}
	return v
}

func reviveKey(rt *goja.Runtime, reviver goja.Callable, o *goja.Object, k string, node *jsonNode) {
	nv := reviveJSON(rt, reviver, o, k, node)
	if goja.IsUndefined(nv) {
		_ = o.Delete(k)
	} else {
		_ = o.DefineDataProperty(k, nv, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	}
}

// jsonSites remembers the last SyntaxErrors JSON.parse threw, with their
// text: when one ends the program, Node's report points into the JSON text
// (as "<anonymous_script>:LINE"), not at the program's call. A few suffice:
// a report names the error a program just threw or rethrew.
type jsonSites struct {
	errs [4]jsonSite
	next int
}

type jsonSite struct {
	err *goja.Object
	src []uint16
	pos int
}

func (s *jsonSites) add(err *goja.Object, src []uint16, pos int) {
	s.errs[s.next] = jsonSite{err, src, pos}
	s.next = (s.next + 1) % len(s.errs)
}

// jsonErrorHeader is the fatal report's header for an error JSON.parse
// threw, or "". V8 reports the error at a script made of the JSON text,
// whose lines end at \n, \r, \r\n, U+2028 and U+2029; Node underlines the
// one unit at the position, and nothing when the position is a line's end.
func (vm *VM) jsonErrorHeader(v goja.Value) string {
	x := vm.internal.Get("jsonSites")
	if x == nil || v == nil {
		return ""
	}
	sites, _ := x.Export().(*jsonSites)
	if sites == nil {
		return ""
	}
	for _, e := range sites.errs {
		if e.err != nil && e.err.SameAs(v) {
			return jsonHeader(e.src, e.pos)
		}
	}
	return ""
}

func jsonHeader(src []uint16, pos int) string {
	line, start := 1, 0
	isEnd := func(c uint16) bool { return c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029 }
	for i := 0; i < pos && i < len(src); i++ {
		if src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			if i+1 >= pos {
				break
			}
			i++
		}
		if isEnd(src[i]) {
			line++
			start = i + 1
		}
	}
	end := start
	for end < len(src) && !isEnd(src[end]) {
		end++
	}
	text := string(utf16.Decode(src[start:end]))
	h := "<anonymous_script>:" + strconv.Itoa(line) + "\n" + text + "\n"
	if pos >= end {
		return h
	}
	// Node pads with the line's UTF-8 bytes up to the UTF-16 column,
	// keeping tabs.
	var caret []byte
	for i := 0; i < pos-start && i < len(text); i++ {
		if text[i] == '\t' {
			caret = append(caret, '\t')
		} else {
			caret = append(caret, ' ')
		}
	}
	return h + string(caret) + "^\n"
}

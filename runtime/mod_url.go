package runtime

// URL and URLSearchParams (globals and node:url). The parser is Go
// (mod_url_parse.go); the classes are JS (js/url.js) and keep the URL as
// its href plus the components the getters return, re-parsing through Go
// on every setter, which is also how the standard defines setters. The
// rest of node:url (js/url_module.js) loads only with require('url').

import (
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

func init() {
	registerGlobals(30, "url", func(vm *VM) error {
		for _, name := range []string{"URL", "URLSearchParams"} {
			vm.defineLazyGlobal(name, false, func() (goja.Value, error) {
				u, err := vm.urlInternal()
				if err != nil {
					return nil, err
				}
				return u.Get(name), nil
			})
		}
		return nil
	})
	registerBuiltin("url", func(vm *VM) (*goja.Object, error) {
		u, err := vm.urlInternal()
		if err != nil {
			return nil, err
		}
		errs, err := vm.nodeErrors()
		if err != nil {
			return nil, err
		}
		path, err := vm.pathModule()
		if err != nil {
			return nil, err
		}
		v, err := vm.internalJS("url_module", errs, u.Get("native"), u, path)
		if err != nil {
			return nil, err
		}
		return v.ToObject(vm.RT), nil
	})
}

// urlInternal returns js/url.js's result (URL, URLSearchParams and what
// js/url_module.js needs from them), plus the natives under "native".
func (vm *VM) urlInternal() (*goja.Object, error) {
	return vm.cachedInternal("issue5URL", func() (goja.Value, error) {
		errs, err := vm.nodeErrors()
		if err != nil {
			return nil, err
		}
		native := vm.urlNatives()
		v, err := vm.internalJS("url", errs, native)
		if err != nil {
			return nil, err
		}
		must(v.ToObject(vm.RT).Set("native", native))
		return v, nil
	})
}

// urlComponents is what js/url.js caches per URL: the values of its
// getters, href first.
func (vm *VM) urlComponents(u *urlRecord) goja.Value {
	host, hostname, port := "", "", ""
	if u.host != nil {
		hostname = *u.host
		host = hostname
		if u.port >= 0 {
			port = itoa(u.port)
			host += ":" + port
		}
	}
	search, hash := "", ""
	if u.query != nil && *u.query != "" {
		search = "?" + *u.query
	}
	if u.fragment != nil && *u.fragment != "" {
		hash = "#" + *u.fragment
	}
	return vm.RT.ToValue([]any{u.serialize(false), u.origin(), u.scheme + ":", u.username, u.password,
		host, hostname, port, u.pathString(), search, hash})
}

func itoa(n int) string {
	return strconv.Itoa(n)
}

func (vm *VM) urlNatives() *goja.Object {
	rt := vm.RT
	n := rt.NewObject()
	parse := func(input string, base goja.Value) (*urlRecord, bool) {
		var b *urlRecord
		if base != nil && !goja.IsUndefined(base) {
			var ok bool
			if b, ok = parseURL(base.String(), nil, nil, stNone); !ok {
				return nil, false
			}
		}
		return parseURL(input, b, nil, stNone)
	}
	must(n.Set("parse", func(call goja.FunctionCall) goja.Value {
		u, ok := parse(call.Argument(0).String(), call.Argument(1))
		if !ok {
			return goja.Null()
		}
		return vm.urlComponents(u)
	}))
	must(n.Set("set", func(call goja.FunctionCall) goja.Value {
		u, ok := parseURL(call.Argument(0).String(), nil, nil, stNone)
		if !ok {
			return goja.Null()
		}
		setURLPart(u, call.Argument(1).String(), call.Argument(2))
		return vm.urlComponents(u)
	}))
	must(n.Set("formParse", func(call goja.FunctionCall) goja.Value {
		return rt.ToValue(formParse(call.Argument(0).String()))
	}))
	must(n.Set("formSerialize", func(call goja.FunctionCall) goja.Value {
		var b strings.Builder
		for i, v := range arrayValues(call.Argument(0)) {
			if i > 0 {
				if i%2 == 0 {
					b.WriteByte('&')
				} else {
					b.WriteByte('=')
				}
			}
			formEncode(&b, v.String())
		}
		return rt.ToValue(b.String())
	}))
	must(n.Set("domainToASCII", func(call goja.FunctionCall) goja.Value {
		h, ok := parseHost(call.Argument(0).String(), false)
		if !ok {
			return rt.ToValue("")
		}
		return rt.ToValue(h)
	}))
	must(n.Set("toASCII", func(call goja.FunctionCall) goja.Value {
		// url.parse's host conversion: IDNA only, no URL host checks.
		a, ok := domainToASCII(call.Argument(0).String())
		if !ok {
			return rt.ToValue("")
		}
		return rt.ToValue(a)
	}))
	must(n.Set("domainToUnicode", func(call goja.FunctionCall) goja.Value {
		h, ok := parseHost(call.Argument(0).String(), false)
		if !ok {
			return rt.ToValue("")
		}
		labels := strings.Split(h, ".")
		for i, l := range labels {
			if strings.HasPrefix(l, "xn--") {
				if d, ok := punycodeDecode(l[4:]); ok {
					labels[i] = d
				}
			}
		}
		return rt.ToValue(strings.Join(labels, "."))
	}))
	return n
}

// setURLPart runs the setter of one URL attribute, following the standard
// (a setter that fails leaves what the parser already changed).
func setURLPart(u *urlRecord, name string, value goja.Value) {
	v := value.String()
	switch name {
	case "protocol":
		parseURL(v+":", nil, u, stSchemeStart)
	case "username", "password":
		if u.cannotHaveCredentialsOrPort() {
			return
		}
		enc := percentEncodeString(v, inUserinfoSet)
		if name == "username" {
			u.username = enc
		} else {
			u.password = enc
		}
	case "host", "hostname":
		if u.opaque {
			return
		}
		st := stHost
		if name == "hostname" {
			st = stHostname
		}
		parseURL(v, nil, u, st)
	case "port":
		if u.cannotHaveCredentialsOrPort() {
			return
		}
		if v == "" {
			u.port = -1
			return
		}
		parseURL(v, nil, u, stPort)
	case "pathname":
		if u.opaque {
			return
		}
		u.path = nil
		parseURL(v, nil, u, stPathStart)
	case "search":
		if v == "" {
			u.query = nil
			return
		}
		u.query = strp("")
		parseURL(strings.TrimPrefix(v, "?"), nil, u, stQuery)
	case "query": // from URLSearchParams: already serialized
		if goja.IsNull(value) || v == "" {
			u.query = nil
			return
		}
		u.query = strp(v)
	case "hash":
		if v == "" {
			u.fragment = nil
			return
		}
		u.fragment = strp("")
		parseURL(strings.TrimPrefix(v, "#"), nil, u, stFragment)
	}
}

// formParse is the application/x-www-form-urlencoded parser: a flat
// [name, value, name, value, …] list.
func formParse(s string) []any {
	out := []any{}
	for _, seq := range strings.Split(s, "&") {
		if seq == "" {
			continue
		}
		name, value, _ := strings.Cut(seq, "=")
		dec := func(x string) string {
			return strings.ToValidUTF8(string(percentDecode(strings.ReplaceAll(x, "+", " "))), "\uFFFD")
		}
		out = append(out, dec(name), dec(value))
	}
	return out
}

func formEncode(b *strings.Builder, s string) {
	for _, c := range s {
		if c == ' ' {
			b.WriteByte('+')
			continue
		}
		percentEncodeRune(b, c, inFormSet)
	}
}

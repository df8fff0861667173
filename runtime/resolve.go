package runtime

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// Module resolution as Node does it (ESM: exact paths, package exports and
// imports; CommonJS: extension and index probing), plus TypeScript's
// convention that `./x.js` and `./x` name `./x.ts` when that is the file
// that exists.

type resolved struct {
	path string
	kind modKind
	// suffix is the ?query and #fragment of a URL-like import specifier:
	// not part of the file name, but part of the module's URL, so the
	// same file imported as ./x.ts?a and ./x.ts?b is two module instances.
	suffix string
}

var (
	esmConditions = []string{"import", "node", "module-sync", "default"}
	cjsConditions = []string{"require", "node", "module-sync", "default"}
)

// resolveImport resolves an import specifier of the module at importer. On
// failure it returns Node's message (with a hint when the fix is obvious).
func resolveImport(spec, importer string) (resolved, string) {
	return resolveSpec(spec, importer, esmConditions, false)
}

// resolveRequire resolves a require() argument of the module at importer.
func resolveRequire(spec, importer string) (resolved, string) {
	return resolveSpec(spec, importer, cjsConditions, true)
}

func resolveSpec(spec, importer string, conds []string, cjs bool) (resolved, string) {
	dir := filepath.Dir(importer)
	if isBuiltinSpec(spec) {
		return resolved{"node:" + strings.TrimPrefix(spec, "node:"), modBuiltin, ""}, ""
	}
	if strings.HasPrefix(spec, "node:") {
		return resolved{}, "No such built-in module: " + spec
	}
	notFound := func(what, target string) string {
		if cjs {
			// require() names the specifier as written, with Node's
			// "Require stack" (tsrun knows only the direct requirer).
			return "Cannot find module '" + spec + "'\nRequire stack:\n- " + importer
		}
		return "Cannot find " + what + " '" + target + "' imported from " + importer
	}
	var target, suffix string
	if !cjs && isPathSpec(spec) {
		if i := strings.IndexAny(spec, "?#"); i >= 0 {
			spec, suffix = spec[:i], spec[i:]
		}
	}
	switch {
	case strings.HasPrefix(spec, "file://"):
		target = strings.TrimPrefix(spec, "file://")
	case strings.HasPrefix(spec, "/"):
		target = spec
	case spec == "." || spec == ".." || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../"):
		target = filepath.Join(dir, spec)
	default:
		if p, ok := resolveTSPaths(spec, importer, cjs); ok {
			return resolved{p, kindOfPath(p, cjs), ""}, ""
		}
		p, msg := resolvePackage(spec, importer, conds)
		if msg != "" {
			if cjs && strings.HasPrefix(msg, "Cannot find ") {
				return resolved{}, notFound("", "")
			}
			return resolved{}, msg
		}
		return resolved{p, kindOfPath(p, cjs), ""}, ""
	}
	if p, ok := probeFile(target, cjs); ok {
		return resolved{p, kindOfPath(p, cjs), suffix}, ""
	}
	if !cjs && isDir(target) {
		t := target
		if strings.HasSuffix(spec, "/") {
			t += "/"
		}
		return resolved{}, "Directory import '" + t + "' is not supported resolving ES modules imported from " + importer
	}
	msg := notFound("module", target)
	if hint := nearbyFile(target); hint != "" {
		msg += "\n  Did you mean to import '" + hint + "'?"
	}
	return resolved{}, msg
}

// isPathSpec reports whether spec is a URL or path rather than a package
// name: the specifiers whose ?query and #fragment Node's URL parsing splits
// off.
func isPathSpec(spec string) bool {
	return strings.HasPrefix(spec, "file://") || strings.HasPrefix(spec, "/") ||
		spec == "." || spec == ".." || strings.HasPrefix(spec, "./") || strings.HasPrefix(spec, "../")
}

// probeFile finds the file a path names: itself, its TypeScript twin, and
// (for require, and leniently for imports without an extension) the
// extensions and index files Node's CommonJS loader tries.
func probeFile(p string, cjs bool) (string, bool) {
	if isFile(p) {
		return p, true
	}
	ext := filepath.Ext(p)
	base := strings.TrimSuffix(p, ext)
	twins := map[string][]string{".js": {".ts", ".tsx"}, ".mjs": {".mts"}, ".cjs": {".cts"}, ".jsx": {".tsx"}}
	for _, e := range twins[ext] {
		if isFile(base + e) {
			return base + e, true
		}
	}
	for _, e := range []string{".ts", ".mts", ".cts", ".js", ".mjs", ".cjs", ".json"} {
		if isFile(p + e) {
			return p + e, true
		}
	}
	if cjs && isDir(p) {
		if pj := readPackageJSON(p); pj != nil {
			if m, ok := pj["main"].(string); ok && m != "" {
				if f, ok := probeFile(filepath.Join(p, m), true); ok {
					return f, true
				}
			}
		}
		for _, idx := range []string{"index.js", "index.ts", "index.json", "index.cjs", "index.cts"} {
			if isFile(filepath.Join(p, idx)) {
				return filepath.Join(p, idx), true
			}
		}
	}
	return "", false
}

// resolvePackage finds a bare specifier in node_modules folders, walking up
// from the importer's folder: package.json "exports" with conds, else "main", else index.
func resolvePackage(spec, importer string, conds []string) (string, string) {
	dir := filepath.Dir(importer)
	if strings.HasPrefix(spec, "#") {
		return resolvePackageImports(spec, importer, conds)
	}
	name, sub := spec, "."
	parts := strings.SplitN(spec, "/", 3)
	if strings.HasPrefix(spec, "@") && len(parts) >= 2 {
		name = parts[0] + "/" + parts[1]
		if len(parts) == 3 {
			sub = "./" + parts[2]
		}
	} else if i := strings.IndexByte(spec, '/'); i >= 0 {
		name, sub = spec[:i], "./"+spec[i+1:]
	}
	for d := dir; ; d = filepath.Dir(d) {
		pkgDir := filepath.Join(d, "node_modules", name)
		if isDir(pkgDir) {
			pj := readPackageJSON(pkgDir)
			if exp := readExports(pkgDir); exp != nil {
				if t, ok := resolveExports(exp, sub, conds); ok {
					return filepath.Join(pkgDir, t), ""
				}
				from := " imported from " + importer
				if conds[0] == "require" {
					from = ""
				}
				if sub == "." {
					return "", "No \"exports\" main defined in " + filepath.Join(pkgDir, "package.json") + from
				}
				return "", "Package subpath '" + sub + "' is not defined by \"exports\" in " + filepath.Join(pkgDir, "package.json") + from
			}
			target := filepath.Join(pkgDir, strings.TrimPrefix(sub, "./"))
			if sub == "." {
				if m, ok := pj["main"].(string); ok && m != "" {
					target = filepath.Join(pkgDir, m)
				} else {
					target = filepath.Join(pkgDir, "index.js")
				}
			}
			if p, ok := probeFile(target, true); ok {
				return p, ""
			}
			return "", "Cannot find module '" + target + "'"
		}
		if filepath.Dir(d) == d {
			break
		}
	}
	return "", "Cannot find package '" + name + "' imported from " + importer
}

// resolvePackageImports resolves a "#name" specifier through the "imports"
// field of the importer's nearest package.json (Node's
// PACKAGE_IMPORTS_RESOLVE): targets are package-relative paths or bare
// specifiers, with the same conditions and patterns as "exports".
func resolvePackageImports(spec, importer string, conds []string) (string, string) {
	for d := filepath.Dir(importer); ; d = filepath.Dir(d) {
		if isFile(filepath.Join(d, "package.json")) {
			imps := readPackageField(d, "imports")
			if o, ok := imps.(*orderedObject); ok {
				if t, ok := resolveExports(o, spec, conds); ok {
					return filepath.Join(d, t), ""
				}
				if t, ok := resolveImportsBare(o, spec, conds); ok {
					return resolvePackage(t, importer, conds)
				}
			}
			return "", "Package import specifier \"" + spec + "\" is not defined in package " + filepath.Join(d, "package.json") + " imported from " + importer
		}
		if filepath.Dir(d) == d {
			return "", "Package import specifier \"" + spec + "\" is not defined imported from " + importer
		}
	}
}

// resolveImportsBare finds an "imports" entry whose target is a bare
// package specifier ("#dep": "some-package"), which resolveTarget refuses
// for "exports".
func resolveImportsBare(o *orderedObject, spec string, conds []string) (string, bool) {
	var pick func(t any) (string, bool)
	pick = func(t any) (string, bool) {
		switch t := t.(type) {
		case string:
			if t != "" && !strings.HasPrefix(t, ".") && !strings.HasPrefix(t, "/") {
				return t, true
			}
		case []any:
			for _, x := range t {
				if p, ok := pick(x); ok {
					return p, true
				}
			}
		case *orderedObject:
			for _, k := range t.keys {
				if slices.Contains(conds, k) {
					if p, ok := pick(t.vals[k]); ok {
						return p, true
					}
				}
			}
		}
		return "", false
	}
	if t, ok := o.vals[spec]; ok {
		return pick(t)
	}
	return "", false
}

// resolveExports applies package.json "exports" to a subpath.
func resolveExports(exp any, sub string, conds []string) (string, bool) {
	o, isMap := exp.(*orderedObject)
	var m map[string]any
	if isMap {
		m = o.vals
	}
	if !isMap || !hasDotKeys(m) && !strings.HasPrefix(sub, "#") {
		if sub != "." {
			return "", false
		}
		return resolveTarget(exp, "", conds)
	}
	if t, ok := m[sub]; ok && !strings.Contains(sub, "*") {
		return resolveTarget(t, "", conds)
	}
	// Subpath patterns: the longest matching prefix wins.
	keys := make([]string, 0, len(m))
	for k := range m {
		if strings.Count(k, "*") == 1 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool { return len(keys[i]) > len(keys[j]) })
	for _, k := range keys {
		star := strings.IndexByte(k, '*')
		pre, post := k[:star], k[star+1:]
		if strings.HasPrefix(sub, pre) && strings.HasSuffix(sub, post) && len(sub) >= len(pre)+len(post) {
			return resolveTarget(m[k], sub[len(pre):len(sub)-len(post)], conds)
		}
	}
	return "", false
}

func hasDotKeys(m map[string]any) bool {
	for k := range m {
		if strings.HasPrefix(k, ".") {
			return true
		}
	}
	return false
}

// resolveTarget resolves one exports target: a string (with * replaced),
// an array (first that resolves), or conditions in the object's key order
// (the first key that is one of conds wins, as in Node's
// PACKAGE_TARGET_RESOLVE: the package author's order decides, not ours).
func resolveTarget(t any, star string, conds []string) (string, bool) {
	switch t := t.(type) {
	case string:
		if !strings.HasPrefix(t, "./") {
			return "", false
		}
		return strings.ReplaceAll(t, "*", star), true
	case []any:
		for _, x := range t {
			if p, ok := resolveTarget(x, star, conds); ok {
				return p, true
			}
		}
	case *orderedObject:
		for _, k := range t.keys {
			if !slices.Contains(conds, k) {
				continue
			}
			// A matching condition whose target fails to resolve falls
			// through to the next key, as Node's does for null targets.
			if p, ok := resolveTarget(t.vals[k], star, conds); ok {
				return p, true
			}
		}
	}
	return "", false
}

// kindOfPath decides how a file loads, as Node does: by extension, then
// the nearest package.json "type" (CommonJS when there is none, unless the
// importer is an ES module and the file is TypeScript with module syntax:
// that case is decided by detection in the loader).
func kindOfPath(p string, cjs bool) modKind {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".mjs", ".mts":
		return modESM
	case ".cjs", ".cts":
		return modCJS
	case ".json":
		return modJSON
	}
	switch packageType(filepath.Dir(p)) {
	case "module":
		return modESM
	case "commonjs":
		return modCJS
	}
	if hasModuleSyntax(p) {
		return modESM
	}
	return modCJS
}

// hasModuleSyntax is Node's syntax detection for files with no declared
// type, on the file as stripped. A scan for statements that start with
// import or export (or import.meta, top-level await) decides most files;
// when every one it finds may be types only (`export interface`,
// `import type`, …), which stripping removes, our parse decides as for
// the entry (strippedIsModule). The parse is the exception: this runs on
// every start, before the compiled-module cache is read.
func hasModuleSyntax(p string) bool {
	// Capped: a file too large to run is refused by the loader's read.
	b, d := diag.ReadSourceFile(p)
	if d != nil {
		return false
	}
	s := string(b)
	typesOnly := false
	for _, kw := range []string{"import ", "import{", "export ", "export{", "import.meta", "await "} {
		i := 0
		for {
			j := strings.Index(s[i:], kw)
			if j < 0 {
				break
			}
			at := i + j
			i = at + len(kw)
			if at == 0 || s[at-1] == '\n' || s[at-1] == ';' {
				if !mayBeTypesOnly(s[at:]) {
					return true
				}
				typesOnly = true
			}
		}
	}
	if !typesOnly {
		return false
	}
	sf := syntax.Parse(diag.NewFile(p, s), syntax.ParseOptions{Dialect: dialectOf(p)})
	return len(sf.Diagnostics) > 0 || strippedIsModule(sf)
}

// mayBeTypesOnly reports whether the statement starting s may be one
// that type stripping removes whole.
func mayBeTypesOnly(s string) bool {
	for _, p := range []string{"import type ", "export type ", "export interface ", "export declare ", "export default interface "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// readConfigFile reads a package.json or tsconfig.json, refusing what
// diag.ReadSourceFile refuses (a file too large to be one, a device that
// never ends): such a file counts as unreadable.
func readConfigFile(path string) ([]byte, error) {
	b, d := diag.ReadSourceFile(path)
	if d != nil {
		return nil, errors.New(d.Message)
	}
	return b, nil
}

func readPackageJSON(dir string) map[string]any {
	b, err := readConfigFile(filepath.Join(dir, "package.json"))
	if err != nil {
		return nil
	}
	var m map[string]any
	if json.Unmarshal(b, &m) != nil {
		return nil
	}
	return m
}

// resolveErrCode is Node's error code for a resolution failure message.
func resolveErrCode(msg string, cjs bool) string {
	switch {
	case strings.HasPrefix(msg, "No such built-in module"):
		return "ERR_UNKNOWN_BUILTIN_MODULE"
	case strings.HasPrefix(msg, "Package subpath"), strings.HasPrefix(msg, "No \"exports\" main"):
		return "ERR_PACKAGE_PATH_NOT_EXPORTED"
	case strings.HasPrefix(msg, "Directory import"):
		return "ERR_UNSUPPORTED_DIR_IMPORT"
	case cjs:
		return "MODULE_NOT_FOUND"
	}
	return "ERR_MODULE_NOT_FOUND"
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

// nearbyFile suggests the file the user probably meant: the same name with
// another extension, or the closest name in the folder.
func nearbyFile(target string) string {
	dir, base := filepath.Dir(target), filepath.Base(target)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return ""
	}
	stem := strings.TrimSuffix(base, filepath.Ext(base))
	best, bestDist := "", 3
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() {
			continue
		}
		if strings.TrimSuffix(n, filepath.Ext(n)) == stem {
			return "./" + n
		}
		if d := editDistance(strings.ToLower(n), strings.ToLower(base)); d < bestDist {
			best, bestDist = "./"+n, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

package runtime

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/tsrun-dev/tsrun/diag"
	"github.com/tsrun-dev/tsrun/syntax"
)

// A static import that does not resolve stops Node before any module runs,
// with a fatal report thrown from its resolver. tsrun finds the same
// failure while loading the graph; it prints Node's report (programs and
// tools match on it), with one frame that Node lacks: the importing
// file:line:col, where the fix goes.

// resolverThrowSites are the source lines Node 26 prints above each
// resolution error: the internal statement that threw it, as its fatal
// report shows for any uncaught error.
var resolverThrowSites = map[string]string{
	"module":  "node:internal/modules/esm/resolve:241\n    throw new ERR_MODULE_NOT_FOUND(\n          ^\n",
	"package": "node:internal/modules/package_json_reader:343\n  throw new ERR_MODULE_NOT_FOUND(packageName, fileURLToPath(base), null);\n        ^\n",
	"exports": "node:internal/modules/esm/resolve:282\n  return new ERR_PACKAGE_PATH_NOT_EXPORTED(\n         ^\n",
	"dir":     "node:internal/modules/run_main:111\n    triggerUncaughtException(\n    ^\n",
	"builtin": "node:internal/modules/esm/translators:481\n    throw new ERR_UNKNOWN_BUILTIN_MODULE(url);\n          ^\n",
}

// resolutionReport renders d, a failed static import, as Node's fatal
// report; ok is false for a diagnostic that is not a resolution failure.
func resolutionReport(d *diag.Diagnostic) (report string, ok bool) {
	if d.Code != errModuleNotFound.Code || d.File == nil {
		return "", false
	}
	msg := d.Message
	var site, url string
	switch {
	case strings.HasPrefix(msg, "Cannot find module '"):
		site = "module"
		url = fileURL(quotedPath(msg, "Cannot find module '"))
	case strings.HasPrefix(msg, "Cannot find package '"):
		site = "package"
	case strings.HasPrefix(msg, "Package subpath"), strings.HasPrefix(msg, "No \"exports\" main"):
		site = "exports"
	case strings.HasPrefix(msg, "Directory import '"):
		site = "dir"
		url = fileURL(filepath.Clean(quotedPath(msg, "Directory import '")))
	case strings.HasPrefix(msg, "No such built-in module"):
		site = "builtin"
	default:
		return "", false
	}
	// tsrun's hint for a near miss goes where Node puts its own ("Did you
	// mean to import "./x.js"?"): the message's second line.
	msg = strings.Replace(msg, "\n  Did you mean", "\nDid you mean", 1)
	code := resolveErrCode(d.Message, false)
	line, col := d.File.Position(d.Pos)
	var b strings.Builder
	b.WriteString(resolverThrowSites[site])
	b.WriteString("\nError [" + code + "]: " + msg + "\n")
	b.WriteString("    at " + fileURL(absPath(d.File.Name)) + ":" + strconv.Itoa(line) + ":" + strconv.Itoa(col) + " {\n")
	b.WriteString("  code: " + inspectQuote(code))
	if url != "" {
		b.WriteString(",\n  url: " + inspectQuote(url))
	}
	b.WriteString("\n}\n\nNode.js " + NodeVersion + "\n")
	return b.String(), true
}

// quotedPath is the path quoted right after prefix in msg.
func quotedPath(msg, prefix string) string {
	rest := strings.TrimPrefix(msg, prefix)
	if i := strings.IndexByte(rest, '\''); i >= 0 {
		rest = rest[:i]
	}
	return rest
}

// inspectQuote quotes s as util.inspect does a string property value:
// single quotes, or double quotes when s has a single quote and no double.
func inspectQuote(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	s = strings.ReplaceAll(s, `\`, `\\`)
	if q == "'" {
		s = strings.ReplaceAll(s, "'", `\'`)
	}
	return q + strings.ReplaceAll(s, "\n", `\n`) + q
}

// cjsModuleSyntaxReport is Node's report for a file it loads as CommonJS
// (.cts, .cjs, or "type": "commonjs") whose first module statement, after
// type stripping, is an import or an export: a warning that the ES module
// failed to load, then the SyntaxError at that statement. ok is false when
// the file has no such statement.
func cjsModuleSyntaxReport(abs string, file *diag.File, sf *syntax.SourceFile) (report string, ok bool) {
	if sf == nil {
		if !mayBeModule(file.Text) {
			return "", false
		}
		sf = syntax.Parse(file, syntax.ParseOptions{Dialect: syntax.DialectJS})
		if len(sf.Diagnostics) > 0 {
			return "", false
		}
	}
	for _, st := range sf.Statements {
		if !moduleStatement(st) {
			continue
		}
		msg := "Unexpected token 'export'"
		if _, isImport := st.(*syntax.ImportDeclaration); isImport {
			msg = "Cannot use import statement outside a module"
		}
		line, col := file.Position(syntax.SkipTrivia(file.Text, st.Pos()))
		var b strings.Builder
		b.WriteString("(node:" + strconv.Itoa(os.Getpid()) + ") Warning: Failed to load the ES module: " + abs +
			". Make sure to set \"type\": \"module\" in the nearest package.json file or use the .mjs extension.\n")
		b.WriteString("(Use `node --trace-warnings ...` to show where the warning was created)\n")
		b.WriteString(abs + ":" + strconv.Itoa(line) + "\n")
		b.WriteString(strippedLine(file, line) + "\n")
		b.WriteString(strings.Repeat(" ", col-1) + "^^^^^^\n\n")
		b.WriteString("SyntaxError: " + msg + "\n\nNode.js " + NodeVersion + "\n")
		return b.String(), true
	}
	return "", false
}

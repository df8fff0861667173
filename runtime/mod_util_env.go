package runtime

// util.parseEnv: Node's .env format (its src/node_dotenv.cc, which follows
// the dotenv npm package). In Go so that process.loadEnvFile and
// --env-file can share it: parseDotenv never touches the goja Runtime.

import (
	"sort"
	"strings"

	"github.com/dop251/goja"
)

// dotenvEntry is one KEY=value of a .env file.
type dotenvEntry struct{ key, value string }

// parseDotenv parses .env content as Node 26 does: `#` comments, an
// optional `export ` before a key, values in '…', "…" (where \n becomes a
// newline) or `…` that may span lines, inline comments after unquoted
// values. A later key wins. Entries come back sorted by key, the order of
// Node's std::map and so of the object it returns.
func parseDotenv(input string) []dotenvEntry {
	store := map[string]string{}
	content := strings.ReplaceAll(input, "\r", "")
	content = trimDotenvSpaces(content)
	for content != "" {
		// Empty lines and comment lines.
		if content[0] == '\n' || content[0] == '#' {
			if nl := strings.IndexByte(content, '\n'); nl >= 0 {
				content = content[nl+1:]
			} else {
				content = ""
			}
			continue
		}
		eq := strings.IndexAny(content, "=\n")
		if eq < 0 || content[eq] == '\n' {
			// A line without '=' is skipped.
			nl := strings.IndexByte(content, '\n')
			if nl < 0 {
				break
			}
			content = trimDotenvSpaces(content[nl+1:])
			continue
		}
		key := trimDotenvSpaces(content[:eq])
		content = content[eq+1:]
		// Node's order, quirks included: an empty value is stored before
		// the key is checked or loses its "export " ("export A=" sets
		// `export A`), and the value is trimmed across a newline ("A=  \nB=1"
		// sets A to "B=1").
		if content == "" || content[0] == '\n' {
			store[key] = ""
			continue
		}
		content = trimDotenvSpaces(content)
		if content == "" {
			store[key] = ""
			break
		}
		if key == "" {
			nl := strings.IndexByte(content, '\n')
			if nl < 0 {
				break
			}
			content = trimDotenvSpaces(content[nl+1:])
			continue
		}
		if rest, ok := strings.CutPrefix(key, "export "); ok {
			key = trimDotenvSpaces(rest)
		}
		q := content[0]
		if q == '"' || q == '\'' || q == '`' {
			if end := strings.IndexByte(content[1:], q); end >= 0 {
				value := content[1 : 1+end]
				if q == '"' {
					value = strings.ReplaceAll(value, `\n`, "\n")
				}
				store[key] = value
				if nl := strings.IndexByte(content[end+2:], '\n'); nl >= 0 {
					content = content[end+2+nl+1:]
				} else {
					content = ""
				}
				content = trimDotenvSpaces(content)
				continue
			}
			// No closing quote: the rest of the line, quote included.
			if nl := strings.IndexByte(content, '\n'); nl >= 0 {
				store[key] = content[:nl]
				content = trimDotenvSpaces(content[nl:])
				continue
			}
			store[key] = content
			break
		}
		line := content
		if nl := strings.IndexByte(content, '\n'); nl >= 0 {
			line, content = content[:nl], content[nl+1:]
		} else {
			content = ""
		}
		if hash := strings.IndexByte(line, '#'); hash >= 0 {
			line = line[:hash]
		}
		store[key] = trimDotenvSpaces(line)
		content = trimDotenvSpaces(content)
	}
	entries := make([]dotenvEntry, 0, len(store))
	for k, v := range store {
		entries = append(entries, dotenvEntry{k, v})
	}
	sort.Slice(entries, func(i, j int) bool { return entries[i].key < entries[j].key })
	return entries
}

// trimDotenvSpaces trims the whitespace Node's dotenv parser trims.
func trimDotenvSpaces(s string) string {
	return strings.Trim(s, " \t\n\v\f")
}

// utilParseEnv is util.parseEnv(content).
func (vm *VM) utilParseEnv(call goja.FunctionCall) goja.Value {
	arg := call.Argument(0)
	if !goja.IsString(arg) {
		panic(vm.nodeTypeError("ERR_INVALID_ARG_TYPE",
			`The "content" argument must be of type string. Received `+describeReceived(vm.RT, arg)))
	}
	obj := vm.RT.NewObject()
	must(obj.SetPrototype(nil))
	for _, e := range parseDotenv(arg.String()) {
		must(obj.Set(e.key, e.value))
	}
	return obj
}

package runtime

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
)

// TestFsSyncErrorHeader: an uncaught error of a synchronous fs call is
// reported at Node's lib/fs.js line for that call (the texts were checked
// against Node 26.10), unless the program rethrew it: then at its throw.
func TestFsSyncErrorHeader(t *testing.T) {
	tests := []struct {
		name, main, src, want string
	}{
		{"readFileSync utf8, script", "main.ts", "const fs = require('node:fs');\nfs.readFileSync('nope', 'utf8');\n",
			"node:fs:620\n    return binding.readFileUtf8(path, stringToFlags(options.flag));\n                   ^\n"},
		{"readFileSync buffer opens first", "main.mts", "import fs from 'node:fs';\nfs.readFileSync('nope');\n",
			"node:fs:778\n  return binding.open(\n                 ^\n"},
		{"rm is made in one place, thrown in another", "main.ts", "const fs = require('node:fs');\nfs.rmSync('nope');\n",
			"node:internal/errors:547\n      throw error;\n      ^\n"},
		{"rm rejected: where it was made", "main.mts", "import fs from 'node:fs';\nfs.rmSync('nope');\n",
			"node:fs:1588\n  const opts = validateRmOptionsSync(path, options, false);\n               ^\n"},
		{"rethrown by the program", "main.ts", "const fs = require('node:fs');\ntry { fs.statSync('nope'); } catch (e) {\n  throw e;\n}\n",
			"file://<dir>/main.ts:3\n  throw e;\n  ^\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := runFiles(t, map[string]string{tt.main: tt.src}, tt.main)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(res.stderr, tt.want+"\n") || res.code != 1 {
				t.Errorf("stderr:\n%s\nwant it to start with:\n%s", res.stderr, tt.want)
			}
		})
	}
}

func TestFsSiteForForms(t *testing.T) {
	vm, err := newVM(&processConfig{argv: []string{"node", "t.js"}, stdin: strings.NewReader("")})
	if err != nil {
		t.Fatal(err)
	}
	v := vm.RT.ToValue
	tests := []struct {
		op      string
		args    []any
		syscall string
		want    string // the location, "" for none
	}{
		{"readFile", []any{"p", false, 0, "utf-8"}, "open", "node:fs:620"},
		{"readFile", []any{"p", false, 0, nil}, "read", "node:fs:1001"},
		{"readFile", []any{3, true, 0, nil}, "read", ""},
		{"writeFile", []any{"p", false, "s", "utf8"}, "open", "node:fs:3020"},
		{"writeFile", []any{"p", false, "s", "latin1"}, "open", "node:fs:778"},
		{"realpath", []any{"p", true}, "realpath", "node:fs:3506"},
		{"chown", []any{"p", 0, 0, false}, "lchown", "node:fs:2609"},
		{"truncate", []any{"p", 0}, "ftruncate", ""},
		{"cp", []any{"a", "b"}, "lstat", ""},
	}
	for _, tt := range tests {
		var args []goja.Value
		for _, a := range tt.args {
			args = append(args, v(a))
		}
		s, ok := fsSiteFor(tt.op, args, &sysError{syscall: tt.syscall}, false)
		if got := map[bool]string{true: s.where}[ok]; got != tt.want {
			t.Errorf("fsSiteFor(%s %v, %s) = %q, want %q", tt.op, tt.args, tt.syscall, got, tt.want)
		}
	}
}

// TestFsErrorShapes: details of fs errors that programs print, checked
// against Node 26: SystemError's errno/syscall/path are accessors over
// its read-only info (inspect shows their values, the fatal report does
// not), writeSync's keys come in its context order, fdatasync is itself.
func TestFsErrorShapes(t *testing.T) {
	src := `const fs = require('node:fs');
const util = require('node:util');
const out: string[] = [];
const dir = require('node:path').join(__dirname, 'd');
fs.mkdirSync(dir);
try { fs.rmSync(dir); } catch (e: any) {
  const d = Object.getOwnPropertyDescriptor(e, 'errno')!;
  const i = Object.getOwnPropertyDescriptor(e, 'info')!;
  e.errno = 5;
  out.push([typeof d.get, d.enumerable, i.writable, i.configurable, e.info.errno, String(e).split(':')[0]].join(' '));
  out.push(util.inspect(e).split('\n').filter((l: string) => l.includes('Getter'))[0].trim());
}
try { fs.writeSync(999, 'a'); } catch (e: any) { out.push(Object.keys(e).join(',')); }
try { fs.fdatasyncSync(999); } catch (e: any) { out.push(e.syscall); }
process.stdout.write(out.join('\n') + '\n');
`
	res, err := runFiles(t, map[string]string{"main.ts": src}, "main.ts")
	if err != nil {
		t.Fatal(err)
	}
	want := "function true false true 5 SystemError [ERR_FS_EISDIR]\nerrno: [Getter/Setter: 5],\nerrno,syscall,code\nfdatasync\n"
	if res.stdout != want {
		t.Errorf("got %q (stderr %q), want %q", res.stdout, res.stderr, want)
	}
}

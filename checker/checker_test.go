package checker

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// expectCheck checks one file and compares "line:col TScode" lines.
func expectCheck(t *testing.T, src string, want ...string) {
	t.Helper()
	got := checkSources(t, [][2]string{{"a.ts", src}})
	var short []string
	for _, g := range got {
		// a.ts(3,7): error TS2322: msg -> 3:7 TS2322
		pos := g[strings.Index(g, "(")+1 : strings.Index(g, ")")]
		code := g[strings.Index(g, "error ")+6:]
		code = code[:strings.Index(code, ":")]
		short = append(short, strings.Replace(pos, ",", ":", 1)+" "+code)
	}
	if diff := cmp.Diff(want, short); diff != "" {
		t.Errorf("check(%q) mismatch (-want +got):\n%s\nfull: %v", src, diff, got)
	}
}

func TestNoFalsePositives(t *testing.T) {
	tests := []string{
		// ?? in an assignment keeps the narrowing of the left side
		"function f(xs: number[]) { let errors: any[] | undefined; for (const x of xs) { try { g(); } catch (err) { errors = errors ?? []; errors.push(err); } } return errors; }\ndeclare function g(): void;",
		// unknown globals and package imports are unchecked
		"import { z } from 'zod';\nconst s = z.object({});\nconsole.log(s.parse({}).a.b, process.env.HOME, document.title, require('fs'));",
		"class Z<T> { _cached: { shape: T; keys: string[] } | null = null;\n  get(): { shape: T; keys: string[] } { if (this._cached !== null) return this._cached; const shape = this.shape(); this._cached = { shape, keys: [] }; return this._cached; }\n  shape(): T { return null!; } }",
		"import express from 'express';\nconst app = express();\napp.get('/', (req, res) => res.send(req.query.x));",
	}
	for _, src := range tests {
		expectCheck(t, src)
	}
}

package project

// tsconfig.json, read as tsc reads it: JSON with // and /* */ comments and
// trailing commas; "files", "include" and "exclude" resolved against the
// folder of the config that declares them; "extends" followed for relative
// paths (a package name in "extends" would need node_modules resolution and
// is ignored: its options then do not apply, which can only make tsrun
// report less, never more).

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Config is the part of a tsconfig.json that tsrun check uses.
type Config struct {
	Path    string // the tsconfig.json file, absolute
	Files   []string
	Include []string
	Exclude []string
	// Each list is nil when not given and resolved against baseDir of the
	// config that gave it: these keep those folders.
	filesDir, includeDir, excludeDir string
	Options                          CompilerOptions
}

// CompilerOptions are the compilerOptions that change what tsrun reports.
// A nil pointer means "not set".
type CompilerOptions struct {
	Strict                     *bool
	NoImplicitAny              *bool
	StrictNullChecks           *bool
	StrictFunctionTypes        *bool
	StrictBindCallApply        *bool
	UseUnknownInCatchVariables *bool
	NoImplicitThis             *bool
	IsolatedModules            *bool
	VerbatimModuleSyntax       *bool
	PreserveConstEnums         *bool
	SkipLibCheck               *bool
	ErasableSyntaxOnly         *bool
	OutDir                     string
	outDirBase                 string
}

type rawConfig struct {
	Extends         json.RawMessage            `json:"extends"`
	Files           *[]string                  `json:"files"`
	Include         *[]string                  `json:"include"`
	Exclude         *[]string                  `json:"exclude"`
	CompilerOptions map[string]json.RawMessage `json:"compilerOptions"`
}

// LoadConfig reads the tsconfig.json at path, following relative extends.
func LoadConfig(path string) (*Config, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	cfg := &Config{Path: abs}
	if err := loadInto(cfg, abs, 0); err != nil {
		return nil, err
	}
	return cfg, nil
}

func loadInto(cfg *Config, path string, depth int) error {
	if depth > 16 {
		return fmt.Errorf("%s: extends chain too long (a cycle?)", path)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var raw rawConfig
	if err := json.Unmarshal(StripJSONC(data), &raw); err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	dir := filepath.Dir(path)
	// The base first, so that this file's settings override it.
	for _, ext := range extendsList(raw.Extends) {
		if !strings.HasPrefix(ext, ".") && !filepath.IsAbs(ext) {
			continue // a package: see the file comment
		}
		p := ext
		if !filepath.IsAbs(p) {
			p = filepath.Join(dir, p)
		}
		if _, err := os.Stat(p); err != nil && !strings.HasSuffix(p, ".json") {
			p += ".json"
		}
		if err := loadInto(cfg, p, depth+1); err != nil {
			return err
		}
	}
	if raw.Files != nil {
		cfg.Files, cfg.filesDir = *raw.Files, dir
	}
	if raw.Include != nil {
		cfg.Include, cfg.includeDir = *raw.Include, dir
	}
	if raw.Exclude != nil {
		cfg.Exclude, cfg.excludeDir = *raw.Exclude, dir
	}
	o := &cfg.Options
	for key, val := range raw.CompilerOptions {
		var dst **bool
		switch key {
		case "strict":
			dst = &o.Strict
		case "noImplicitAny":
			dst = &o.NoImplicitAny
		case "strictNullChecks":
			dst = &o.StrictNullChecks
		case "strictFunctionTypes":
			dst = &o.StrictFunctionTypes
		case "strictBindCallApply":
			dst = &o.StrictBindCallApply
		case "useUnknownInCatchVariables":
			dst = &o.UseUnknownInCatchVariables
		case "noImplicitThis":
			dst = &o.NoImplicitThis
		case "isolatedModules":
			dst = &o.IsolatedModules
		case "verbatimModuleSyntax":
			dst = &o.VerbatimModuleSyntax
		case "preserveConstEnums":
			dst = &o.PreserveConstEnums
		case "skipLibCheck":
			dst = &o.SkipLibCheck
		case "erasableSyntaxOnly":
			dst = &o.ErasableSyntaxOnly
		case "outDir":
			var s string
			if json.Unmarshal(val, &s) == nil {
				o.OutDir, o.outDirBase = s, dir
			}
			continue
		default:
			continue
		}
		var b bool
		if json.Unmarshal(val, &b) == nil {
			*dst = &b
		}
	}
	return nil
}

func extendsList(raw json.RawMessage) []string {
	if len(raw) == 0 {
		return nil
	}
	var one string
	if json.Unmarshal(raw, &one) == nil {
		return []string{one}
	}
	var many []string
	if json.Unmarshal(raw, &many) == nil {
		return many
	}
	return nil
}

// StripJSONC turns tsconfig's JSON dialect into JSON: comments become
// spaces (so error offsets still point at the right place) and trailing
// commas before } and ] are dropped.
func StripJSONC(data []byte) []byte {
	out := make([]byte, 0, len(data))
	inString := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if inString {
			out = append(out, c)
			if c == '\\' && i+1 < len(data) {
				i++
				out = append(out, data[i])
			} else if c == '"' {
				inString = false
			}
			continue
		}
		switch {
		case c == '"':
			inString = true
			out = append(out, c)
		case c == '/' && i+1 < len(data) && data[i+1] == '/':
			for i < len(data) && data[i] != '\n' {
				out = append(out, ' ')
				i++
			}
			i--
		case c == '/' && i+1 < len(data) && data[i+1] == '*':
			out = append(out, ' ', ' ')
			i += 2
			for i < len(data) && !(data[i] == '*' && i+1 < len(data) && data[i+1] == '/') {
				if data[i] == '\n' {
					out = append(out, '\n')
				} else {
					out = append(out, ' ')
				}
				i++
			}
			if i < len(data) {
				out = append(out, ' ', ' ')
				i++
			}
		case c == ',':
			// Drop the comma when only whitespace and comments separate it
			// from a closing bracket.
			j := skipJSONTrivia(data, i+1)
			if j < len(data) && (data[j] == '}' || data[j] == ']') {
				out = append(out, ' ')
			} else {
				out = append(out, c)
			}
		default:
			out = append(out, c)
		}
	}
	// A UTF-8 BOM is not JSON.
	return []byte(strings.TrimPrefix(string(out), "\uFEFF"))
}

func skipJSONTrivia(data []byte, i int) int {
	for i < len(data) {
		switch {
		case data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r':
			i++
		case data[i] == '/' && i+1 < len(data) && data[i+1] == '/':
			for i < len(data) && data[i] != '\n' {
				i++
			}
		case data[i] == '/' && i+1 < len(data) && data[i+1] == '*':
			i += 2
			for i+1 < len(data) && !(data[i] == '*' && data[i+1] == '/') {
				i++
			}
			i += 2
		default:
			return i
		}
	}
	return i
}

// RootFiles lists the files the config selects, as absolute paths, sorted:
// "files" plus the matches of "include" (default "**/*" when neither is
// given) minus those of "exclude" (default node_modules,
// bower_components, jspm_packages and outDir). Wildcards are tsc's: "*" and
// "?" within one path segment, "**/" any folders; wildcards never match
// names starting with '.'; a segment without wildcards or an extension
// names a folder.
func (c *Config) RootFiles() ([]string, error) {
	dir := filepath.Dir(c.Path)
	seen := map[string]bool{}
	var out []string
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	filesDir := c.filesDir
	if filesDir == "" {
		filesDir = dir
	}
	for _, f := range c.Files {
		p := f
		if !filepath.IsAbs(p) {
			p = filepath.Join(filesDir, f)
		}
		if _, err := os.Stat(p); err != nil {
			return nil, fmt.Errorf("file '%s' listed in %s not found", f, c.Path)
		}
		add(p)
	}
	include, includeDir := c.Include, c.includeDir
	if include == nil && c.Files == nil {
		include, includeDir = []string{"**/*"}, dir
	}
	var excludes []*pathPattern
	if c.Exclude != nil {
		for _, e := range c.Exclude {
			excludes = append(excludes, compilePattern(c.excludeDir, e, true))
		}
	} else {
		for _, e := range []string{"node_modules", "bower_components", "jspm_packages"} {
			excludes = append(excludes, compilePattern(dir, e, true))
		}
		if c.Options.OutDir != "" {
			excludes = append(excludes, compilePattern(c.Options.outDirBase, c.Options.OutDir, true))
		}
	}
	for _, inc := range include {
		pat := compilePattern(includeDir, inc, false)
		err := filepath.WalkDir(pat.base, func(p string, d os.DirEntry, err error) error {
			if err != nil {
				if p == pat.base {
					return filepath.SkipDir // a missing include folder selects nothing, as in tsc
				}
				return err
			}
			if d.IsDir() {
				if p != pat.base && (!pat.mayDescend(p) || excluded(excludes, p, true)) {
					return filepath.SkipDir
				}
				return nil
			}
			if IsSource(p) && pat.match(p) && !excluded(excludes, p, false) {
				add(p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

func excluded(ps []*pathPattern, p string, dir bool) bool {
	for _, e := range ps {
		if dir && e.matchFolder(p) || !dir && e.match(p) {
			return true
		}
	}
	return false
}

// pathPattern is one include/exclude entry split into segments.
type pathPattern struct {
	base     string   // the folder before the first wildcard segment
	segments []string // the rest, '/'-separated
	folder   []string // for a folder spec ("dist"), segments without the added "**/*"
	exclude  bool
}

func compilePattern(dir, spec string, exclude bool) *pathPattern {
	spec = filepath.ToSlash(spec)
	if !filepath.IsAbs(spec) {
		spec = filepath.ToSlash(filepath.Join(dir, spec))
	} else {
		spec = filepath.ToSlash(filepath.Clean(spec))
	}
	segs := strings.Split(spec, "/")
	nFolder := -1
	// A last segment with no wildcard and no extension is a folder.
	if last := segs[len(segs)-1]; last == "**" || !strings.ContainsAny(last, "*?") && !strings.Contains(last, ".") {
		if last == "**" {
			segs = segs[:len(segs)-1]
		}
		nFolder = len(segs)
		segs = append(segs, "**", "*")
	}
	i := 0
	for i < len(segs) && !strings.ContainsAny(segs[i], "*?") {
		i++
	}
	if i == len(segs) { // a plain file path
		i--
	}
	base := strings.Join(segs[:i], "/")
	if base == "" {
		base = "/"
	}
	pp := &pathPattern{base: filepath.FromSlash(base), segments: segs[i:], exclude: exclude}
	if nFolder >= i {
		pp.folder = segs[i:nFolder]
	}
	return pp
}

func (pp *pathPattern) rel(p string) ([]string, bool) {
	r, err := filepath.Rel(pp.base, p)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return nil, false
	}
	if r == "." {
		return nil, true
	}
	return strings.Split(filepath.ToSlash(r), "/"), true
}

// match reports whether the file p matches the whole pattern.
func (pp *pathPattern) match(p string) bool {
	parts, ok := pp.rel(p)
	return ok && matchSegments(pp.segments, parts, pp.exclude)
}

// matchFolder reports whether the folder p is one a folder spec names, so
// that the walk can skip it whole.
func (pp *pathPattern) matchFolder(p string) bool {
	if pp.folder == nil {
		return false
	}
	parts, ok := pp.rel(p)
	return ok && matchSegments(pp.folder, parts, pp.exclude)
}

// mayDescend reports whether files below folder d could match.
func (pp *pathPattern) mayDescend(d string) bool {
	parts, ok := pp.rel(d)
	if !ok {
		return false
	}
	for _, s := range parts {
		if strings.HasPrefix(s, ".") || s == "node_modules" || s == "bower_components" || s == "jspm_packages" {
			return pp.exclude
		}
	}
	return true
}

func matchSegments(pat, parts []string, exclude bool) bool {
	if len(pat) == 0 {
		return len(parts) == 0
	}
	if pat[0] == "**" {
		for k := 0; k <= len(parts); k++ {
			if k > 0 && !exclude && strings.HasPrefix(parts[k-1], ".") {
				return false
			}
			if matchSegments(pat[1:], parts[k:], exclude) {
				return true
			}
		}
		return false
	}
	if len(parts) == 0 {
		return false
	}
	if strings.ContainsAny(pat[0], "*?") && !exclude && strings.HasPrefix(parts[0], ".") {
		return false
	}
	ok, _ := filepath.Match(pat[0], parts[0])
	return ok && matchSegments(pat[1:], parts[1:], exclude)
}

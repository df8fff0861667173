package project

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// IsSource reports whether tsrun check reads the file: .ts, .mts and .cts,
// declaration files (.d.ts, .d.mts, .d.cts) included. .tsx is left out
// because the parser does not read JSX yet.
func IsSource(name string) bool {
	return strings.HasSuffix(name, ".ts") || strings.HasSuffix(name, ".mts") || strings.HasSuffix(name, ".cts")
}

// skipFolder reports whether a folder walk leaves name out: dependencies
// and dot-folders (.git, .cache, …).
func skipFolder(name string) bool {
	return name == "node_modules" || strings.HasPrefix(name, ".") && name != "." && name != ".."
}

// discover lists the files to check, absolute and sorted.
func discover(dir string, paths []string) ([]string, *Config, error) {
	if len(paths) == 0 {
		cfgPath := filepath.Join(dir, "tsconfig.json")
		if _, err := os.Stat(cfgPath); err == nil {
			cfg, err := LoadConfig(cfgPath)
			if err != nil {
				return nil, nil, &InputError{Path: "tsconfig.json", Err: unwrapPath(err)}
			}
			files, err := cfg.RootFiles()
			if err != nil {
				return nil, nil, &InputError{Path: "tsconfig.json", Err: unwrapPath(err)}
			}
			if len(files) == 0 {
				return nil, nil, &InputError{Path: "tsconfig.json", Err: errors.New("no input files found (check files/include/exclude)")}
			}
			return files, cfg, nil
		}
		files, err := walk(dir)
		return files, nil, err
	}
	seen := map[string]bool{}
	var out []string
	for _, p := range paths {
		abs := absPath(dir, p)
		st, err := os.Stat(abs)
		if err != nil {
			return nil, nil, &InputError{Path: p, Err: fmt.Errorf("cannot read: %v", unwrapPath(err))}
		}
		var files []string
		if st.IsDir() {
			files, err = walk(abs)
			if err != nil {
				return nil, nil, err
			}
		} else {
			files = []string{abs}
		}
		for _, f := range files {
			if !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
	}
	slices.Sort(out)
	return out, nil, nil
}

// walk lists the source files below root, leaving out node_modules and
// dot-folders.
func walk(root string) ([]string, error) {
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return &InputError{Path: p, Err: unwrapPath(err)}
		}
		if d.IsDir() {
			if p != root && skipFolder(d.Name()) {
				return filepath.SkipDir
			}
			return nil
		}
		if IsSource(d.Name()) {
			out = append(out, p)
		}
		return nil
	})
	return out, err
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

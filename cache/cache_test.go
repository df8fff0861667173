package cache

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	c := Open(t.TempDir())
	k := Key("esm", "file:///a.ts", "export {}")
	if _, ok := c.Get(k); ok {
		t.Fatal("hit in an empty cache")
	}
	c.Put(k, []byte("payload"))
	if b, ok := c.Get(k); !ok || string(b) != "payload" {
		t.Fatalf("Get = %q, %v", b, ok)
	}
	if Key("esm", "a", "b") == Key("esm", "ab", "") {
		t.Error("keys of different parts collide")
	}
}

func TestCorruptEntryIsAMiss(t *testing.T) {
	dir := t.TempDir()
	c := Open(dir)
	k := Key("x")
	for name, mangle := range map[string]func([]byte) []byte{
		"flipped":   func(b []byte) []byte { b[len(b)-1] ^= 1; return b },
		"truncated": func(b []byte) []byte { return b[:len(b)-3] },
		"header":    func(b []byte) []byte { return append([]byte("junk"), b...) },
		"empty":     func([]byte) []byte { return nil },
	} {
		c.Put(k, []byte("some payload"))
		p := c.path(k)
		b, _ := os.ReadFile(p)
		if err := os.WriteFile(p, mangle(b), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, ok := c.Get(k); ok {
			t.Errorf("%s entry read as a hit", name)
		}
		if _, err := os.Stat(p); !os.IsNotExist(err) {
			t.Errorf("%s entry not removed", name)
		}
	}
}

func TestUnwritableIsSilent(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "not-a-dir")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	c := Open(filepath.Join(file, "cache")) // below a regular file: nothing can be created
	c.Put(Key("k"), []byte("v"))
	if _, ok := c.Get(Key("k")); ok {
		t.Error("hit from an unwritable cache")
	}
	var disabled *Cache
	disabled.Put("abc", nil)
	if _, ok := disabled.Get("abc"); ok {
		t.Error("hit from a nil cache")
	}
}

// Writers racing on one key (as two tsrun processes compiling the same
// module) and readers among them only ever see whole entries.
func TestConcurrentWriters(t *testing.T) {
	dir := t.TempDir()
	k := Key("shared")
	payload := bytes.Repeat([]byte("0123456789"), 50_000)
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for i := 0; i < 8; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			Open(dir).Put(k, payload)
		}()
		go func(i int) {
			defer wg.Done()
			if b, ok := Open(dir).Get(k); ok && !bytes.Equal(b, payload) {
				errs <- fmt.Sprintf("reader %d saw a partial entry (%d bytes)", i, len(b))
			}
		}(i)
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	if b, ok := Open(dir).Get(k); !ok || !bytes.Equal(b, payload) {
		t.Error("final entry missing or wrong")
	}
	left, _ := filepath.Glob(filepath.Join(dir, k[:2], ".tmp-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestDefaultDir(t *testing.T) {
	if d := DefaultDir(func(string) string { return "/x/y" }); d != "/x/y" {
		t.Errorf("TSRUN_CACHE_DIR ignored: %s", d)
	}
	home := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", "")
	t.Setenv("HOME", home)
	noEnv := func(string) string { return "" }
	if d := DefaultDir(noEnv); d != "" {
		t.Errorf("no user cache folder, yet DefaultDir = %s", d)
	}
	if err := os.Mkdir(filepath.Join(home, ".cache"), 0o755); err != nil {
		t.Fatal(err)
	}
	if d := DefaultDir(noEnv); d != filepath.Join(home, ".cache", "tsrun") {
		t.Errorf("DefaultDir = %s", d)
	}
}

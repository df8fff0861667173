package runtime

import (
	"net/url"
	"strings"

	"github.com/dop251/goja"
)

// node:module: createRequire, builtinModules and isBuiltin, on the module
// graph's CommonJS loader.
func init() {
	registerBuiltin("module", func(vm *VM) (*goja.Object, error) {
		rt := vm.RT
		m := rt.NewObject()
		names := BuiltinNames()
		list := make([]any, 0, len(names))
		for _, n := range names {
			list = append(list, n)
		}
		must(m.Set("builtinModules", rt.NewArray(list...)))
		must(m.Set("isBuiltin", func(c goja.FunctionCall) goja.Value {
			return rt.ToValue(isBuiltinSpec(c.Argument(0).String()))
		}))
		must(m.Set("createRequire", func(c goja.FunctionCall) goja.Value {
			p := c.Argument(0).String()
			if strings.HasPrefix(p, "file:") {
				if u, err := url.Parse(p); err == nil {
					p = u.Path
				}
			}
			if !strings.HasPrefix(p, "/") {
				panic(vm.nodeError("TypeError", "ERR_INVALID_ARG_VALUE",
					"The argument 'filename' must be a file URL object, file URL string, or absolute path string. Received "+vm.inspect(c.Argument(0))))
			}
			return vm.graphFor().requireFor(p)
		}))
		return m, nil
	})
}

package runtime

import (
	"sort"
	"sync"

	"github.com/dop251/goja"
)

// Module evaluation: ECMA-262 16.2.1.5.3 (Evaluate, InnerModuleEvaluation,
// ExecuteAsyncModule, GatherAvailableAncestors,
// AsyncModuleExecutionFulfilled and AsyncModuleExecutionRejected), with the
// spec's names in the comments so the two can be read side by side.

// asyncDriverSrc runs an async module's generator as an async function: a
// yielded value is awaited and sent back in. The first step runs at once,
// so the module's code up to its first await runs synchronously, as the
// spec's ExecuteAsyncModule does.
const asyncDriverSrc = `(function (gen, done, fail) {
	function step(method, arg) {
		var r;
		try { r = gen[method](arg); } catch (e) { fail(e); return; }
		if (r.done) { done(); return; }
		Promise.resolve(r.value).then(function (v) { step("next", v); }, function (e) { step("throw", e); });
	}
	step("next", undefined);
})`

var asyncDriverPrg = sync.OnceValue(func() *goja.Program { return goja.MustCompile("tsrun:module-driver", asyncDriverSrc, true) })

// evaluate is Evaluate(): it returns the promise of root's evaluation.
func (g *graph) evaluate(root *modRecord) *goja.Promise {
	rt := g.vm.RT
	if root.status == stEvaluatingAsync || root.status == stEvaluated {
		if root.cycleRoot != nil {
			root = root.cycleRoot
		}
		if root.capability != nil {
			return root.capability
		}
	}
	p, resolve, reject := rt.NewPromise()
	root.capability, root.resolve, root.reject = p, resolve, reject
	g.depth++
	defer g.leaveEvaluate()
	var stack []*modRecord
	if _, err := g.inner(root, &stack, 0); err != nil {
		ev := g.errValue(err)
		for _, m := range stack {
			m.status, m.hasErr, m.evalErr = stEvaluated, true, ev
		}
		_ = reject(ev)
		return p
	}
	if !root.asyncEval {
		_ = resolve(goja.Undefined())
	}
	return p
}

// leaveEvaluate ends an evaluate call; the outermost one runs the async
// completions that arrived during the graph walk (see graph.depth).
func (g *graph) leaveEvaluate() {
	g.depth--
	for g.depth == 0 && len(g.later) > 0 {
		f := g.later[0]
		g.later = g.later[1:]
		f()
	}
}

// settle runs an async module's completion now, or after the graph walk in
// progress.
func (g *graph) settle(f func()) {
	if g.depth > 0 {
		g.later = append(g.later, f)
		return
	}
	f()
}

// errValue is the JavaScript value of an evaluation error.
func (g *graph) errValue(err error) goja.Value {
	if t, ok := err.(*thrown); ok {
		return t.v
	}
	return g.vm.toJSError(err)
}

// thrown carries an already-thrown JavaScript value as a Go error.
type thrown struct{ v goja.Value }

func (t *thrown) Error() string { return t.v.String() }

func (g *graph) inner(m *modRecord, stack *[]*modRecord, index int) (int, error) {
	if m.kind != modESM {
		// Not a Cyclic Module Record: evaluated once, synchronously.
		if m.status == stEvaluated {
			if m.hasErr {
				return index, &thrown{m.evalErr}
			}
			return index, nil
		}
		m.status = stEvaluated
		if err := g.evaluateSynthetic(m); err != nil {
			m.hasErr, m.evalErr = true, g.errValue(err)
			return index, err
		}
		return index, nil
	}
	switch m.status {
	case stEvaluatingAsync, stEvaluated:
		if m.hasErr {
			return index, &thrown{m.evalErr}
		}
		return index, nil
	case stEvaluating:
		return index, nil
	}
	m.status = stEvaluating
	m.dfsIndex, m.dfsAncestor = index, index
	m.pendingDeps = 0
	index++
	*stack = append(*stack, m)
	for _, req := range m.deps {
		var err error
		index, err = g.inner(req, stack, index)
		if err != nil {
			return index, err
		}
		if req.kind != modESM {
			continue
		}
		if req.status == stEvaluating {
			m.dfsAncestor = min(m.dfsAncestor, req.dfsAncestor)
		} else {
			req = req.cycleRoot
			if req.hasErr {
				return index, &thrown{req.evalErr}
			}
		}
		if req.asyncEval {
			m.pendingDeps++
			req.asyncParents = append(req.asyncParents, m)
		}
	}
	if m.pendingDeps > 0 || m.mod.Async {
		m.asyncEval = true
		m.asyncOrder = g.asyncCount
		g.asyncCount++
		if m.pendingDeps == 0 {
			g.executeAsync(m)
		}
	} else if _, err := g.callMethod(m.gen, "next"); err != nil {
		return index, err
	}
	if m.dfsAncestor == m.dfsIndex {
		for {
			top := (*stack)[len(*stack)-1]
			*stack = (*stack)[:len(*stack)-1]
			if top.asyncEval {
				top.status = stEvaluatingAsync
			} else {
				top.status = stEvaluated
			}
			top.cycleRoot = m
			if top == m {
				break
			}
		}
	}
	return index, nil
}

// executeAsync is ExecuteAsyncModule.
func (g *graph) executeAsync(m *modRecord) {
	rt := g.vm.RT
	if g.driver == nil {
		v, err := rt.RunProgram(asyncDriverPrg())
		if err != nil {
			panic(err)
		}
		g.driver, _ = goja.AssertFunction(v)
	}
	done := rt.ToValue(func(goja.FunctionCall) goja.Value {
		g.settle(func() { g.asyncFulfilled(m) })
		return goja.Undefined()
	})
	fail := rt.ToValue(func(c goja.FunctionCall) goja.Value {
		err := c.Argument(0)
		g.settle(func() { g.asyncRejected(m, err) })
		return goja.Undefined()
	})
	if _, err := g.driver(goja.Undefined(), m.gen, done, fail); err != nil {
		g.asyncRejected(m, g.errValue(err))
	}
}

// asyncFulfilled is AsyncModuleExecutionFulfilled.
func (g *graph) asyncFulfilled(m *modRecord) {
	if m.status == stEvaluated {
		return
	}
	m.asyncEval = false
	m.status = stEvaluated
	if m.capability != nil {
		_ = m.resolve(goja.Undefined())
	}
	var exec []*modRecord
	g.gatherAncestors(m, &exec)
	sort.SliceStable(exec, func(i, j int) bool { return exec[i].asyncOrder < exec[j].asyncOrder })
	for _, p := range exec {
		if p.status == stEvaluated {
			continue
		}
		if p.mod.Async {
			g.executeAsync(p)
			continue
		}
		if _, err := g.callMethod(p.gen, "next"); err != nil {
			g.asyncRejected(p, g.errValue(err))
			continue
		}
		p.asyncEval = false
		p.status = stEvaluated
		if p.capability != nil {
			_ = p.resolve(goja.Undefined())
		}
	}
}

// gatherAncestors is GatherAvailableAncestors.
func (g *graph) gatherAncestors(m *modRecord, exec *[]*modRecord) {
	for _, p := range m.asyncParents {
		if containsRecord(*exec, p) || (p.cycleRoot != nil && p.cycleRoot.hasErr) {
			continue
		}
		p.pendingDeps--
		if p.pendingDeps == 0 {
			*exec = append(*exec, p)
			if !p.mod.Async {
				g.gatherAncestors(p, exec)
			}
		}
	}
}

func containsRecord(list []*modRecord, r *modRecord) bool {
	for _, x := range list {
		if x == r {
			return true
		}
	}
	return false
}

// asyncRejected is AsyncModuleExecutionRejected.
func (g *graph) asyncRejected(m *modRecord, err goja.Value) {
	if m.status == stEvaluated {
		return
	}
	m.hasErr, m.evalErr = true, err
	m.status = stEvaluated
	for _, p := range m.asyncParents {
		g.asyncRejected(p, err)
	}
	if m.capability != nil {
		_ = m.reject(err)
	}
}

package erasable

// Module instance state, as tsc's binder computes it
// (getModuleInstanceState in binder.ts): whether a namespace emits a
// JavaScript object. It is purely syntactic. A body is not instantiated when
// it holds only interfaces, type aliases, non-exported imports and
// non-instantiated namespaces; const enums make it "const enum only"
// (instantiated only under preserveConstEnums/isolatedModules); anything
// else, a stray ';' included, instantiates it. `export { x }` without a
// module specifier takes the state of the declarations named x in the
// enclosing scopes.

import "github.com/tsrun-dev/tsrun/syntax"

type moduleState uint8

// The order matters: a body's state is the maximum of its statements'.
const (
	nonInstantiated moduleState = iota
	constEnumOnly
	instantiated
)

// instanceState computes states for one top-level query. visited guards
// against cycles through export aliases: a node being computed counts as
// non-instantiated, as in tsc.
type instanceState struct {
	scopes  [][]syntax.Node
	visited map[syntax.Node]*moduleState
}

func (s *instanceState) isInstantiated(n *syntax.ModuleDeclaration, preserveConstEnums bool) bool {
	st := s.module(n, s.scopes)
	return st == instantiated || preserveConstEnums && st == constEnumOnly
}

// module is getModuleInstanceState: a declaration without a body
// (`declare module "m";`) is instantiated.
func (s *instanceState) module(n *syntax.ModuleDeclaration, scopes [][]syntax.Node) moduleState {
	if n.Body == nil {
		return instantiated
	}
	return s.cached(n.Body, scopes)
}

func (s *instanceState) cached(n syntax.Node, scopes [][]syntax.Node) moduleState {
	if s.visited == nil {
		s.visited = map[syntax.Node]*moduleState{}
	}
	if st, ok := s.visited[n]; ok {
		if st == nil {
			return nonInstantiated
		}
		return *st
	}
	s.visited[n] = nil
	st := s.worker(n, scopes)
	s.visited[n] = &st
	return st
}

func (s *instanceState) worker(n syntax.Node, scopes [][]syntax.Node) moduleState {
	switch n := n.(type) {
	case *syntax.InterfaceDeclaration, *syntax.TypeAliasDeclaration:
		return nonInstantiated
	case *syntax.EnumDeclaration:
		if n.Modifiers.Has(syntax.ModConst) {
			return constEnumOnly
		}
	case *syntax.ImportDeclaration:
		if !n.Modifiers.Has(syntax.ModExport) {
			return nonInstantiated
		}
	case *syntax.ImportEqualsDeclaration:
		if !n.Modifiers.Has(syntax.ModExport) {
			return nonInstantiated
		}
	case *syntax.ExportDeclaration:
		if named, ok := n.Clause.(*syntax.NamedExports); ok && n.Specifier == nil {
			state := nonInstantiated
			for _, spec := range named.Elements {
				state = max(state, s.aliasTarget(spec, scopes))
				if state == instantiated {
					break
				}
			}
			return state
		}
	case *syntax.ModuleBlock:
		inner := appendScope(scopes, n.Statements)
		state := nonInstantiated
		for _, st := range n.Statements {
			switch s.cached(st, inner) {
			case constEnumOnly:
				state = constEnumOnly
			case instantiated:
				return instantiated
			}
		}
		return state
	case *syntax.ModuleDeclaration:
		return s.module(n, scopes)
	}
	return instantiated
}

// aliasTarget is getModuleInstanceStateForAliasTarget: the state of the
// declarations an export specifier names, found in the innermost enclosing
// scope that declares the name; instantiated when none does.
func (s *instanceState) aliasTarget(spec *syntax.ExportSpecifier, scopes [][]syntax.Node) moduleState {
	nameNode := spec.PropertyName
	if nameNode == nil {
		nameNode = spec.Name
	}
	id, ok := nameNode.(*syntax.Identifier)
	if !ok {
		return instantiated
	}
	for i := len(scopes) - 1; i >= 0; i-- {
		found, any := nonInstantiated, false
		for _, st := range scopes[i] {
			if !declaresName(st, id.Text) {
				continue
			}
			state := s.cached(st, scopes[:i+1])
			if !any || state > found {
				found = state
			}
			any = true
			if found == instantiated {
				return found
			}
			if _, ok := st.(*syntax.ImportEqualsDeclaration); ok {
				found = instantiated
			}
		}
		if any {
			return found
		}
	}
	return instantiated
}

// declaresName is tsc's nodeHasName: a declaration whose name is the
// identifier name, or a variable statement declaring it.
func declaresName(st syntax.Node, name string) bool {
	var n syntax.Node
	switch st := st.(type) {
	case *syntax.Function:
		n = st.Name
	case *syntax.Class:
		n = st.Name
	case *syntax.InterfaceDeclaration:
		n = st.Name
	case *syntax.TypeAliasDeclaration:
		n = st.Name
	case *syntax.EnumDeclaration:
		n = st.Name
	case *syntax.ModuleDeclaration:
		n = st.Name
	case *syntax.ImportEqualsDeclaration:
		n = st.Name
	case *syntax.NamespaceExportDeclaration:
		n = st.Name
	case *syntax.VariableStatement:
		if st.List != nil {
			for _, d := range st.List.Decls {
				if id, ok := d.Name.(*syntax.Identifier); ok && id.Text == name {
					return true
				}
			}
		}
		return false
	}
	id, ok := n.(*syntax.Identifier)
	return ok && id != nil && id.Text == name
}

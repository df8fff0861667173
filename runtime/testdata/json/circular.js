// V8's detail for a cycle in JSON.stringify: start, path (elided past
// three steps), closing key; toJSON, replacers and null prototypes.
const mk = (n) => { const root = { name: 'r' }; let cur = root; for (let i = 0; i < n; i++) { cur.next = { i }; cur = cur.next; } cur.back = root; return root; };
for (const n of [0, 1, 2, 3, 4, 6]) { try { JSON.stringify(mk(n)); } catch (e) { print(e.message); } }
const a = [1]; a.push({ x: [a] }); try { JSON.stringify({ wrap: a }); } catch (e) { print(e.message); }
const m = { toJSON() { return { inner: m2 }; } }; const m2 = { back: null }; m2.back = m2; try { JSON.stringify([m]); } catch (e) { print(e.message); }
const np = Object.create(null); np.self = np; try { JSON.stringify(np); } catch (e) { print(e.message); }
const o = { '': null, 0: null }; o[''] = o; try { JSON.stringify(o); } catch (e) { print(e.message); }
const p = { 5: null }; p[5] = p; try { JSON.stringify(p); } catch (e) { print(e.message); }
const r = { keep: null, skip: null }; r.skip = r; r.keep = { ok: 1 }; print(JSON.stringify(r, ['keep', 'ok']));
const s = { a: {} }; s.a.b = s; try { JSON.stringify(s, (k, v) => v, 2); } catch (e) { print(e.message); }
class Foo { constructor() { this.me = this; } } try { JSON.stringify(new Foo()); } catch (e) { print(e.message, e.name, e instanceof TypeError); }
print(JSON.stringify.name, JSON.stringify.length);

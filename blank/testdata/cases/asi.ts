let x = 1
interface I {}
(foo)
let y = a
type T = string
[1].map(f)
let z = b
type U = number;
`t`
let w = c
declare const d: number
+1
let v = e
export type { I }
-2
let q = y as any
[1]
let r = y satisfies any
(2)
let s = y as const
[3]
if (x) type V = 1
else interface W {}
for (;;) declare let k: number
while (0) type X = 2
function g(a: string): void
function g(a: any) {}
(g)
let u = f<T>
(x)

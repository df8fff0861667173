type M = { [K in keyof T] };
type N = { readonly [K in T]-? T[K] };

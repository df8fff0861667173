export const a = 1;
export let b = { c: [1, 2], d: { e: { f: 1 } } };
export default function f() {}
export class K {}
export const zeta = 'last';

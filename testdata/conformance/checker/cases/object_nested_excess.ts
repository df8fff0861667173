interface Inner {
  v: number;
}
interface Outer {
  inner: Inner;
}
const o: Outer = { inner: { v: 1, w: 2 } };

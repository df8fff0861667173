interface Box {
  inner?: { value: number };
}
function f(b: Box): number {
  return b.inner.value;
}

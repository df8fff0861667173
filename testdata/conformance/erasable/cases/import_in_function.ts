declare namespace M {
  const y: number;
}
export function f() {
  import y = M.y;
  return y;
}

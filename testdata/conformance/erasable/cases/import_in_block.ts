declare namespace M {
  const y: number;
}
if (M.y) {
  import y = M.y;
}

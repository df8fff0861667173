declare namespace M {
  const y: number;
}
declare namespace N {
  import y = M.y;
}

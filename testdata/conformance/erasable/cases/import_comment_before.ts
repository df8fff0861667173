declare namespace M {
  const y: number;
}
/* leading */ import y = M.y;
// line
export import z = M.y;

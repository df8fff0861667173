declare namespace M {
  const y: number;
}
import y = M.y;
export const z = y;

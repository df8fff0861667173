declare namespace M {
  type T = number;
}
import T = M.T;
export type U = T;

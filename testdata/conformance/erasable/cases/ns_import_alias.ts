declare namespace M { type Y = number }
namespace N {
  import X = M.Y;
  export type Z = X;
}

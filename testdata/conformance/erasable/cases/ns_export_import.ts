declare namespace M { type Y = number }
namespace N {
  export import X = M.Y;
}

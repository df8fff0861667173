outer: {
  break outer;
}
namespace L {
  export type T = 1;
}

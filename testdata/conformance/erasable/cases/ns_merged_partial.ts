namespace N {
  export const x = 1;
}
namespace N {
  export type T = 1;
}

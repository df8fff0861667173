namespace N {
  const enum E { A }
  export const enum F { B }
}

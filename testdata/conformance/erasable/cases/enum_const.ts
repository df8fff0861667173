const enum E { A = 1, B = 2 }
export const x = E.A;

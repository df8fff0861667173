enum E { A, B }
const e: E = E.A;

enum E { A }
const = 1;

enum E { A }
export = E;

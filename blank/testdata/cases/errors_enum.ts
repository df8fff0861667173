enum E { A }

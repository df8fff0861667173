const enum { A }
enum E { [x] = 1 }

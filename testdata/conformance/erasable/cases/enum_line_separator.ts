/* a b c */ const v = 1;
enum E { A }

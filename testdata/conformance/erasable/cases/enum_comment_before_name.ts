enum /* name: */ E { A }
enum // line
  F { B }

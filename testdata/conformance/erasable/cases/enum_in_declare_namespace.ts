declare namespace N {
  enum E { A }
  const enum F { B }
  namespace Inner { enum G { C } }
}

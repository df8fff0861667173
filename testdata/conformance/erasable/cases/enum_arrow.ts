const f = () => {
  enum E { A }
  return E.A;
};
f();

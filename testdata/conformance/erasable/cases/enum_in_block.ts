if (Math.random() > 0.5) {
  enum E { A }
  console.log(E.A);
}

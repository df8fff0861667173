try {
  f();
}
let a = 1;

switch (x) {
  foo;
  case 1: break;
}

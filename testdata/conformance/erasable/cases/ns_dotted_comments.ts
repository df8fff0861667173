namespace /*a*/ A /*b*/ . /*c*/ B {
  export let v = 1;
}

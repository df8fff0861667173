enum E {
  A = <number>1,
}

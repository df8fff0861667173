namespace N {
  function f() {}
}

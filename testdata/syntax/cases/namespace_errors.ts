namespace A.B {
  export let x = 1

module {
}

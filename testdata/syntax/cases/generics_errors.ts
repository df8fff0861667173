function f<>() {}
let x = f<,>();
type T = Array<;

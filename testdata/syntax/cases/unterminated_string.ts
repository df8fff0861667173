let s = "abc
let t = 'def

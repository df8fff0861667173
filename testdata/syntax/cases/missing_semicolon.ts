let a = 1
let b = 2 3
foo bar

let a = "\x4";
let b = "\u{110000}";
let c = "\u{41";
let d = "\u12";

let a = b?.c`x`;
let d = new e?.f();

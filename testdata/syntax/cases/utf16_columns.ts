let s = "héllo 😀"; let t = ;
let u = "😀😀" 1;

let u = 1 +* 2;
let v = a ?? || b;

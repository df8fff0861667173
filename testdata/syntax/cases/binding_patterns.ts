let { a, + } = o;
let [b, +] = arr;

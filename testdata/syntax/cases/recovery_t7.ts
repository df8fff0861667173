let x = <string>;
let y = new;

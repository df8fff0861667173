type Mode = 'read' | 'write';
const m: Mode = 'exec';
let n: 'x' | 'y' = 'z';

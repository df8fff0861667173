let mode = 'a';
const m: 'a' | 'b' = mode;

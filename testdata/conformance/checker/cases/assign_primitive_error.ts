const a: number = 'one';
let b: string = 1;
const c: boolean = 'true';

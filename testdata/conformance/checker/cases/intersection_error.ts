type Named = { name: string };
type Aged = { age: number };
const p: Named & Aged = { name: 'a' };

declare const x: unknown;
const s = `${<string>x}`;

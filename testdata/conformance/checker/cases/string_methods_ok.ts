declare function log(...args: unknown[]): void;
const s = ' Hello ';
const parts: string[] = s.trim().split(' ');
const up: string = s.toUpperCase().slice(1, 2);
const has: boolean = s.includes('H') && s.startsWith(' ');
const code: number = s.charCodeAt(0);
const idx: number = s.indexOf('l');
log(parts, up, has, code, idx, s.replace('H', 'h').padStart(3));

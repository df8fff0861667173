declare function log(...args: unknown[]): void;
const dirs = ['up', 'down'] as const;
type Dir = (typeof dirs)[number];
const d: Dir = 'up';
const cfg = { mode: 'fast', retries: 3 } as const;
const mode: 'fast' = cfg.mode;
log(d, mode);

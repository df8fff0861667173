const cfg = { mode: 'fast' } as const;
cfg.mode = 'slow';
const dirs = ['up', 'down'] as const;
const d: 'left' = dirs[0];

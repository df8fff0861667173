export const shown: number = 1;
export type Hidden = string;

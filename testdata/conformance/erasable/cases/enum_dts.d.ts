export enum E { A }
export const enum F { B }

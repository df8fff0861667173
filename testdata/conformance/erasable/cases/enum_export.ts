export enum E { A, B }
export const enum F { X }

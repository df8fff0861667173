export const b = 2;
export const a = 1;
export function fn(): void {}
export default { z: 1 };
export { b as "with space" };

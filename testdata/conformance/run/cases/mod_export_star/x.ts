export const one = 1;
export const dup = "x";
export const shared = "x";
export default "x default";

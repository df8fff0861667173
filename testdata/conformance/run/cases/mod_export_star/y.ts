export const two = 2;
export const dup = "y";
export default "y default";

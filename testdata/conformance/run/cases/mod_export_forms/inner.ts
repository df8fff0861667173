export const x = "inner x";
export default "inner default";

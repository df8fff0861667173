console.log("esm evaluated");
export const value = 1;
export default "def";

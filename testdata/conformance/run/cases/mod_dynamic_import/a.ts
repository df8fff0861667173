console.log("a evaluated");
export const value = "A";

console.log("lib runs (only once a graph links)");
export const right = 1;

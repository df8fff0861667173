export * from "./x.ts";
export * from "./y.ts";
export const shared = "local";

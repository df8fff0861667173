const impl = { kind: "module.exports" };
export { impl as "module.exports" };

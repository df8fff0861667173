type F = <T>(x: T) => T;
const f: F = <U,>(x: U) => x;
export { f };

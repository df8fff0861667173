const f = <T,>(x: T) => x;
const g = <T extends unknown>(x: T): T => x;
const h = async <T,>(x: T) => x;
export { f, g, h };

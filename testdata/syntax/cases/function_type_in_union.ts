type A = string | () => void;
type B = number & new () => object;

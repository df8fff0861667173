import { a, } from;
import * from "x";
import { default } from "y";
export { b } "z";

declare const x: number
export declare function f(: void;
declare module "m" {
  export let y: ;
}

namespace N {
  export declare const x: number;
}

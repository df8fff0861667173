namespace N {
  export declare function f(): void;
}

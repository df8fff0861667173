{
  namespace N {
    export type T = 1;
  }
}

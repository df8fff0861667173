namespace N {
  export abstract class A {}
}

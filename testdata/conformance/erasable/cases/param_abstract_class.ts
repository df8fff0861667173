abstract class A {
  constructor(protected x: number) {}
}

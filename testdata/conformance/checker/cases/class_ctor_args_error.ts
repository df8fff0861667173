class P {
  constructor(public x: number) {}
}
new P();
new P('a');

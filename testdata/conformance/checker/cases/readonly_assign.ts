interface P {
  readonly id: number;
  name: string;
}
const p: P = { id: 1, name: 'a' };
p.name = 'b';
p.id = 2;

interface Item {
  name: string;
  price: number;
}
const items: Item[] = [];
const first: Item = items.find((i) => i.name === 'a');
const names: number[] = items.map((i) => i.name);

declare function log(...args: unknown[]): void;
interface Item {
  name: string;
  price: number;
}
const items: Item[] = [{ name: 'a', price: 1 }];
const names: string[] = items.map((i) => i.name);
const total: number = items.reduce((sum, i) => sum + i.price, 0);
const cheap: Item[] = items.filter((i) => i.price < 5);
const first: Item | undefined = items.find((i) => i.name === 'a');
const sorted = [...items].sort((a, b) => a.price - b.price);
const idx: number = items.findIndex((i) => i.price > 1);
log(names, total, cheap, first, sorted, idx);

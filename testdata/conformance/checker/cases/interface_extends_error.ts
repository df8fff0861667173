interface Base {
  id: number;
}
interface Named extends Base {
  name: string;
}
const n: Named = { name: 'a' };

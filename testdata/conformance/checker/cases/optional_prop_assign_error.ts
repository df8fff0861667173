interface O {
  name?: string;
}
const o: O = {};
const s: string = o.name;

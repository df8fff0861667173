declare function log(...args: unknown[]): void;
class Stack<T> {
  private items: T[] = [];
  push(x: T): this {
    this.items.push(x);
    return this;
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  get size(): number {
    return this.items.length;
  }
}
const s = new Stack<number>();
s.push(1).push(2);
const top: number | undefined = s.pop();
log(top, s.size);

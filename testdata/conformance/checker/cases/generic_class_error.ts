class Stack<T> {
  items: T[] = [];
  push(x: T): void {
    this.items.push(x);
  }
}
const s = new Stack<number>();
s.push('a');

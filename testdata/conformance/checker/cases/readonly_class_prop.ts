class Account {
  readonly id: string;
  balance = 0;
  constructor(id: string) {
    this.id = id;
  }
}
const acc = new Account('a');
acc.balance = 10;
acc.id = 'b';

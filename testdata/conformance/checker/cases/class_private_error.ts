declare function log(...args: unknown[]): void;
class Vault {
  private secret = 'x';
  #hidden = 1;
  reveal(): string {
    return this.secret + this.#hidden;
  }
}
const v = new Vault();
log(v.secret);

export default class {
  hi(): string {
    return "cls";
  }
}

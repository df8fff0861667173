// Class instances print with their class name.
class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
}
class Point3 extends Point {
  z = 3;
}
class Empty {}
class WithPrivate {
  #secret = 1;
  visible = 2;
  static s = 3;
}
class Tagged {
  get [Symbol.toStringTag]() {
    return "TagName";
  }
  v = 1;
}
console.log(new Point(1, 2));
console.log(new Point3(1, 2));
console.log(new Empty());
console.log(new WithPrivate());
console.log(new Tagged());
console.log([new Point(0, 0)], { p: new Point(5, 6) });
const nullProto = Object.create(null);
nullProto.a = 1;
console.log(nullProto);
console.log(Object.create(null));
const Anon = (() => class {})();
console.log(new Anon());
console.log(Point, Point3, Empty);

interface Shape {
  area(): number;
  name: string;
}
class Sq implements Shape {
  name = 'sq';
}

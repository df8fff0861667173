type = number;
type
Foo = string;
interface { }

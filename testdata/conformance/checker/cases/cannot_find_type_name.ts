const a: Foo = 1;
function f(x: Bar): void {}

function f() => 1;
class C { m() => 2 }

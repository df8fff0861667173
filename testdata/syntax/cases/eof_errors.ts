function f(a, b

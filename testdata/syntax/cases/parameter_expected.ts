function f(a, +, b) {}
function g(a b) {}

function f<T extends>() {}
function g<T = >() {}

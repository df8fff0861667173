let = 5;
function (a) {}
class { }
var 1x;

let s = `abc ${1 + 2} def

const s = "😀"; const y = <string>s;

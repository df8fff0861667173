foo bar;
asdf qwer zxcv;

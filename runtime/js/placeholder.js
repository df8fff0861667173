// placeholder so the embed pattern matches until real files land
(function () {})

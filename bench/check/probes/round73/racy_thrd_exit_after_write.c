/* TRUTH: racy — worker writes g (line 4) then thrd_exit; main reads g (line 6) without join */
#include <threads.h>
int g;
int w(void *a){ g = 1; thrd_exit(0); }
int main(void){ thrd_t t; thrd_create(&t, w, 0);
  int r = g; thrd_join(t, 0); return r; }

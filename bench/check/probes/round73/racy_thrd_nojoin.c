/* TRUTH: racy — main reads g (line 5) while worker writes g (line 4); join is after the read */
#include <threads.h>
int g;
int w(void *a){ g = 42; return 0; }
int main(void){ thrd_t t; thrd_create(&t, w, 0); int r = g; thrd_join(t, 0); return r; }

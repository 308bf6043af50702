/* TRUTH: racy — mtx_trylock result ignored; the other thread may hold m, g++ (line 4) unprotected */
#include <threads.h>
int g; mtx_t m;
int w(void *a){ for (int i=0;i<100;i++){ int r = mtx_trylock(&m); g++; if (r == thrd_success) mtx_unlock(&m);} return 0; }
int main(void){ thrd_t t1,t2; mtx_init(&m, mtx_plain);
  thrd_create(&t1,w,0); thrd_create(&t2,w,0); thrd_join(t1,0); thrd_join(t2,0); return g; }

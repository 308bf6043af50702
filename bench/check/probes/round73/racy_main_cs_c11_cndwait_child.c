/* TRUTH: racy — main holds C11 mtx m while starting/joining child, but cnd_wait releases it: child g++ (line 4) races with t2 g++ (line 5) */ #include <pthread.h>
#include <threads.h>
int g, ready; mtx_t m; cnd_t cv;
int child(void *x){ g++; return 0; }
int t2(void *x){ mtx_lock(&m); g++; ready = 1; cnd_signal(&cv); mtx_unlock(&m); return 0; }
int main(void){ mtx_init(&m, mtx_plain); cnd_init(&cv); thrd_t c, b; thrd_create(&b,t2,0);
  mtx_lock(&m); thrd_create(&c,child,0);
  while (!ready) cnd_wait(&cv, &m);
  thrd_join(c,0); mtx_unlock(&m); thrd_join(b,0); return g; }

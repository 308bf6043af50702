/* TRUTH: racy — main writes cfg (line 7) after broadcasting go; waiters read cfg (line 4) */
#include <threads.h>
int cfg, go; mtx_t m; cnd_t c; int out[3];
int wk(void *a){ long i = (long)a; mtx_lock(&m); while (!go) cnd_wait(&c, &m); mtx_unlock(&m); out[i] = cfg; return 0; }
int main(void){ thrd_t t[3]; mtx_init(&m, mtx_plain); cnd_init(&c);
  for (long i = 0; i < 3; i++) thrd_create(&t[i], wk, (void*)i);
  mtx_lock(&m); go = 1; cnd_broadcast(&c); mtx_unlock(&m); cfg = 11;
  for (int i = 0; i < 3; i++) thrd_join(t[i], 0); return out[0]; }

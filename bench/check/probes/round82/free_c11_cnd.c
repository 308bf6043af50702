/* TRUTH: free — C11 cnd_t predicate loop hand-off; payload written before locked flag set */
#include <threads.h>
#include <stdio.h>
mtx_t m; cnd_t c; int ready, payload;
int p(void *a) { payload = 5; mtx_lock(&m); ready = 1; cnd_signal(&c); mtx_unlock(&m); return 0; }
int main(void) {
  thrd_t t; mtx_init(&m, mtx_plain); cnd_init(&c);
  thrd_create(&t, p, 0);
  mtx_lock(&m); while (!ready) cnd_wait(&c, &m); mtx_unlock(&m);
  payload++;
  printf("%d\n", payload);
  thrd_join(t, 0); return 0;
}

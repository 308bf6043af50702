/* TRUTH: free — C11 threads: both workers update acc (line 6) under mtx_t lk; main reads after thrd_join of both. */
#include <threads.h>
mtx_t lk; int acc;
int w(void *a) {
  mtx_lock(&lk);
  acc += 2;
  mtx_unlock(&lk); return 0; }
int main(void) { thrd_t p, q; mtx_init(&lk, mtx_plain);
  thrd_create(&p, w, 0); thrd_create(&q, w, 0);
  thrd_join(p, 0); thrd_join(q, 0); return acc; }

/* TRUTH: racy — C11 threads: main reads acc (line 10) after joining only p; q may still be writing acc (line 6) under lk while main holds nothing. */
#include <threads.h>
mtx_t lk; int acc;
int w(void *a) {
  mtx_lock(&lk);
  acc += 2;
  mtx_unlock(&lk); return 0; }
int main(void) { thrd_t p, q; mtx_init(&lk, mtx_plain);
  thrd_create(&p, w, 0); thrd_create(&q, w, 0);
  thrd_join(p, 0); int r = acc; thrd_join(q, 0); return r; }

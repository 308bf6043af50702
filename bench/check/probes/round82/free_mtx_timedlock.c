/* TRUTH: free — C11 mtx_timedlock on a timed mutex; access only on thrd_success */
#include <threads.h>
#include <time.h>
#include <stdio.h>
mtx_t m; int cnt;
int w(void *a) { struct timespec ts; for (int i = 0; i < 500; i++) { timespec_get(&ts, TIME_UTC); ts.tv_sec += 100; if (mtx_timedlock(&m, &ts) == thrd_success) { cnt++; mtx_unlock(&m); } } return 0; }
int main(void) {
  thrd_t a, b; mtx_init(&m, mtx_timed);
  thrd_create(&a, w, 0); thrd_create(&b, w, 0);
  thrd_join(a, 0); thrd_join(b, 0);
  printf("%d\n", cnt); return 0;
}

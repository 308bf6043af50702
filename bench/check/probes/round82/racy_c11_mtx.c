/* TRUTH: racy — main reads cnt before thrd_join */
#include <threads.h>
#include <stdio.h>
mtx_t m; int cnt;
int w(void *a) { for (int i = 0; i < 1000; i++) { mtx_lock(&m); cnt++; mtx_unlock(&m); } return 0; }
int main(void) {
  thrd_t a, b; mtx_init(&m, mtx_plain);
  thrd_create(&a, w, 0); thrd_create(&b, w, 0);
  printf("%d\n", cnt);
  thrd_join(a, 0); thrd_join(b, 0); return 0;
}

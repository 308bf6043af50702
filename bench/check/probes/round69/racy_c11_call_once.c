/* TRUTH: racy — the second thread reads cfg without calling call_once, racing with init's write */
#include <threads.h>
#include <stdio.h>
once_flag of = ONCE_FLAG_INIT;
int cfg;
static void init(void) { cfg = 42; }
int w(void *a) { call_once(&of, init); return cfg; }
int r(void *a) { return cfg; }
int main(void) {
  thrd_t t1, t2;
  thrd_create(&t1, w, 0);
  thrd_create(&t2, r, 0);
  thrd_join(t1, 0);
  thrd_join(t2, 0);
  printf("%d\n", cfg);
  return 0;
}

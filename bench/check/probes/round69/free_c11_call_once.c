/* TRUTH: free — init runs once under call_once; both threads read cfg only after call_once returns */
#include <threads.h>
#include <stdio.h>
once_flag of = ONCE_FLAG_INIT;
int cfg;
static void init(void) { cfg = 42; }
int w(void *a) { call_once(&of, init); return cfg; }
int main(void) {
  thrd_t t1, t2;
  thrd_create(&t1, w, 0);
  thrd_create(&t2, w, 0);
  thrd_join(t1, 0);
  thrd_join(t2, 0);
  printf("%d\n", cfg);
  return 0;
}

/* TRUTH: racy — fail_if(code, cond) exits on its second parameter, called with cond 0: never exits */
#include <pthread.h>
#include <stdlib.h>
static int shared;
static void fail_if(int code, int cond) { if (cond) exit(code); }
static void *worker(void *a) {
  (void)a;
  fail_if(1, 0);
  shared++;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  shared++;
  pthread_join(t, 0);
  return 0;
}

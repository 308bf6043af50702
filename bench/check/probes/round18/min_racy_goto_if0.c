/* TRUTH: racy. the goto enters if (0) { L: } and x = 2 races with t; weft drops the if (0) block with its label */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  goto L;
  if (0) { L: x = 2; }
  return 0;
}

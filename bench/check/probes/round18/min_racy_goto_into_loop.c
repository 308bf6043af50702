/* TRUTH: racy. goto enters the loop at L; on the next iteration x = 2 (above L) races with t */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  int i = 2;
  pthread_create(&th, 0, t, 0);
  goto L;
  while (i > 0) {
    x = 2;
  L:
    i--;
  }
  return 0;
}

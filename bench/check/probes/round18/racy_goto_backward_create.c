/* TRUTH: racy. t reads x; on the second pass through again (backward goto) t runs while main writes x */
#include <pthread.h>
int x;
void *t(void *a) { return (void *)(long)x; }
int main(void) {
  pthread_t th;
  int first = 1;
again:
  x = 2;
  if (first) {
    first = 0;
    pthread_create(&th, 0, t, 0);
    goto again;
  }
  pthread_join(th, 0);
  return 0;
}

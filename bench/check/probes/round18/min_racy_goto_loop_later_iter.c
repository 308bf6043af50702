/* TRUTH: racy. iteration 0 starts t (which reads x); iteration 1 jumps to L and writes x while t runs */
#include <pthread.h>
int x;
void *t(void *a) { return (void *)(long)x; }
int main(void) {
  pthread_t th;
  for (int i = 0; i < 2; i++) {
    if (i == 1)
      goto L;
    pthread_create(&th, 0, t, 0);
  }
  return 0;
L:
  x = 2;
  return 0;
}

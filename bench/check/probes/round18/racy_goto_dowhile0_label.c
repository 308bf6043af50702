/* TRUTH: racy. goto enters do { } while (0) at L; x = 2 runs while t runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  goto L;
  do {
    pthread_join(th, 0);
  L:
    x = 2;
  } while (0);
  pthread_join(th, 0);
  return 0;
}

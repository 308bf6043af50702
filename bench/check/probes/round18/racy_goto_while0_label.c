/* TRUTH: racy. goto enters the body of while (0); x = 2 runs while t runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  goto L;
  while (0) {
  L:
    x = 2;
    break;
  }
  pthread_join(th, 0);
  return 0;
}

/* TRUTH: racy. goto enters the else branch of if (1); x = 2 runs while t runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  goto L;
  if (1) {
    pthread_join(th, 0);
    return 0;
  } else {
  L:
    x = 2;
  }
  pthread_join(th, 0);
  return 0;
}

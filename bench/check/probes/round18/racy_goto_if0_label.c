/* TRUTH: racy. goto jumps into the if (0) block; x = 2 there runs while t (writing x) runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  goto L;
  if (0) {
  L:
    x = 2;
  }
  pthread_join(th, 0);
  return 0;
}

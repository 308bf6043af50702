/* TRUTH: racy. t reads x; the thread started in iteration 0 runs when iteration 1 jumps to L and writes x */
#include <pthread.h>
int x;
void *t(void *a) { return (void *)(long)x; }
int main(int argc, char **argv) {
  pthread_t th;
  int i;
  for (i = 0; i < 2; i++) {
    if (i == 1)
      goto L;
    pthread_create(&th, 0, t, 0);
  }
  pthread_join(th, 0);
  return 0;
L:
  x = 2;
  pthread_join(th, 0);
  return 0;
}

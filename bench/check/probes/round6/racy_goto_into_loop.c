/* TRUTH: racy. Thread with arg 1 jumps into the loop body past the lock and increments x unlocked. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *arg) {
  int i = 0;
  if (arg) goto mid;
  for (i = 0; i < 3; i++) {
    pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m);
    continue;
  mid:
    x++;
  }
  return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, (void *)1);
  pthread_join(a, 0); pthread_join(b, 0); return x; }

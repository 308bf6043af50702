// racy: the test is inverted: the body runs when trylock FAILS (returns nonzero, lock not held).
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int hits;
void *w(void *a) {
  if (pthread_mutex_trylock(&m)) {
    hits++;
  } else {
    pthread_mutex_unlock(&m);
  }
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits;
}

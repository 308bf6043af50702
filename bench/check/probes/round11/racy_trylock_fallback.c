// racy: if trylock fails the thread still increments hits (without the lock) in the else branch.
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int hits;
void *w(void *a) {
  if (pthread_mutex_trylock(&m) == 0) {
    hits++;
    pthread_mutex_unlock(&m);
  } else {
    hits++;
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

// free: each thread spins on pthread_mutex_trylock until it succeeds, then updates hits and unlocks.
#include <pthread.h>
#include <sched.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int hits;
void *w(void *a) {
  while (pthread_mutex_trylock(&m) != 0) sched_yield();
  hits++;
  pthread_mutex_unlock(&m);
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

// free: pthread_spin_trylock retried until success around updates of hits.
#include <pthread.h>
pthread_spinlock_t sl;
int hits;
void *w(void *a) {
  while (pthread_spin_trylock(&sl) != 0) {}
  hits++;
  pthread_spin_unlock(&sl);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_spin_init(&sl, 0);
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits;
}

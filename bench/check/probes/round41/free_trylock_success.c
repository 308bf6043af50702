/* TRUTH: free — t writes x only when trylock returned 0 (lock held), main writes x under m; both accesses under m. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *t(void *a) {
  if (pthread_mutex_trylock(&m) == 0) { x = 5; pthread_mutex_unlock(&m); }
  return 0; }
int main(void) { pthread_t th; pthread_create(&th, 0, t, 0);
  pthread_mutex_lock(&m); x = 1; pthread_mutex_unlock(&m);
  pthread_join(th, 0); return x; }

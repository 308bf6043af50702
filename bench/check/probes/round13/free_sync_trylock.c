/* race-free: x is only updated when pthread_mutex_trylock succeeded (returned 0) */
#include <pthread.h>
#include <assert.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x, misses[2];
void *w(void *p) {
  long id = (long)p;
  for (int i = 0; i < 10; i++) {
    if (pthread_mutex_trylock(&m) == 0) { x++; pthread_mutex_unlock(&m); }
    else misses[id]++;
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, (void *)0L);
  pthread_create(&b, NULL, w, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(x + misses[0] + misses[1] == 20);
  return 0;
}

/* TRUTH: racy — worker ignores trylock failure and writes x anyway; main holds lock while writing x */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) { int r = pthread_mutex_trylock(&m); x++; if (r == 0) pthread_mutex_unlock(&m); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  return x;
}

/* TRUTH: free. Backward goto retries trylock until it succeeds; g++ only with m held. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
again:
  if (pthread_mutex_trylock(&m) != 0) goto again;
  g++;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}

/* TRUTH: racy — pthread_mutex_lock inside sizeof is never evaluated; worker increments x without the lock, main with it */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int x;
void *w(void *a) { (void)sizeof(pthread_mutex_lock(&m)); x++; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&m); x++; pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  return x;
}

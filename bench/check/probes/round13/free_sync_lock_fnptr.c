/* race-free: lock/unlock called through function pointers that point to pthread_mutex_lock/unlock */
#include <pthread.h>
#include <assert.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int (*acq)(pthread_mutex_t *) = pthread_mutex_lock;
int (*rel)(pthread_mutex_t *) = pthread_mutex_unlock;
int hits;
void *w(void *p) { (void)p; for (int i = 0; i < 5; i++) { acq(&m); hits++; rel(&m); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(hits == 10);
  return 0;
}

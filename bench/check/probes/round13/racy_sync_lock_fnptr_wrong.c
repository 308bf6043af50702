/* racy: acq/rel point to a no-op function, so no lock is taken and both threads do hits++ unprotected */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int nop(pthread_mutex_t *mm) { (void)mm; return 0; }
int (*acq)(pthread_mutex_t *) = nop;
int (*rel)(pthread_mutex_t *) = nop;
int hits;
void *w(void *p) { (void)p; for (int i = 0; i < 5; i++) { acq(&m); hits++; rel(&m); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}

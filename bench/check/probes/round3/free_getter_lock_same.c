/* TRUTH: free. Both threads lock getlock() == &lk before incrementing g. */
#include <pthread.h>
static int g;
static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t *getlock(void) { return &lk; }
static void *w(void *x) { (void)x; pthread_mutex_lock(getlock()); g++; pthread_mutex_unlock(getlock()); return NULL; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, w, NULL);
  pthread_create(&t2, NULL, w, NULL);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  return g;
}

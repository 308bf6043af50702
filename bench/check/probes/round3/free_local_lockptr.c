/* TRUTH: free. Each thread locks m through a local pointer lk = &m. */
#include <pthread.h>
static int g;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *v) {
  (void)v;
  pthread_mutex_t *lk = &m;
  pthread_mutex_lock(lk);
  g++;
  pthread_mutex_unlock(lk);
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

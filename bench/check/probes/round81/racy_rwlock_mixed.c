/* TRUTH: racy — worker writes x under rdlock; main reads x under rdlock: two readers concurrent, one writes */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int x;
void *w(void *a) { pthread_rwlock_rdlock(&rw); x = 5; pthread_rwlock_unlock(&rw); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_rwlock_rdlock(&rw); int v = x; pthread_rwlock_unlock(&rw);
  pthread_join(t, 0);
  return v;
}

/* TRUTH: free — worker writes x under wrlock; main reads under rdlock */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int x;
void *w(void *a) { pthread_rwlock_wrlock(&rw); x = 5; pthread_rwlock_unlock(&rw); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_rwlock_rdlock(&rw); int v = x; pthread_rwlock_unlock(&rw);
  pthread_join(t, 0);
  return v;
}

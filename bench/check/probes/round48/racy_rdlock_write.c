/* TRUTH: racy — both threads write x under the read lock, which is shared, so the writes overlap */
#include <pthread.h>
int x; pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *t(void *a) { pthread_rwlock_rdlock(&rw); x++; pthread_rwlock_unlock(&rw); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}

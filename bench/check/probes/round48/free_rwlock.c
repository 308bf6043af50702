/* TRUTH: free — writers hold the write lock, the reader holds the read lock of the same rwlock */
#include <pthread.h>
int x; int out; pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
void *wr(void *a) { pthread_rwlock_wrlock(&rw); x++; pthread_rwlock_unlock(&rw); return 0; }
void *rd(void *a) { pthread_rwlock_rdlock(&rw); out = x; pthread_rwlock_unlock(&rw); return 0; }
int main(void) {
  pthread_t a, b, c;
  pthread_create(&a, 0, wr, 0);
  pthread_create(&b, 0, wr, 0);
  pthread_create(&c, 0, rd, 0);
  pthread_join(a, 0); pthread_join(b, 0); pthread_join(c, 0);
  return x + out;
}

/* TRUTH: racy — the 'reader' updates hits while holding only the read lock; two readers hold it simultaneously */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table[4];
int hits;
void *lookup(void *a) {
  int v;
  pthread_rwlock_rdlock(&rw);
  v = table[1];
  hits++; /* write under a shared lock */
  pthread_rwlock_unlock(&rw);
  return (void *)(long)v;
}
void *update(void *a) {
  pthread_rwlock_wrlock(&rw);
  table[1] = 4;
  pthread_rwlock_unlock(&rw);
  return 0;
}
int main(void) {
  pthread_t r1, r2, w;
  pthread_create(&r1, 0, lookup, 0);
  pthread_create(&r2, 0, lookup, 0);
  pthread_create(&w, 0, update, 0);
  pthread_join(r1, 0);
  pthread_join(r2, 0);
  pthread_join(w, 0);
  return hits;
}

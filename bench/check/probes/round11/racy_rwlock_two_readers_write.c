// racy: two readers hold rdlock and each writes hits (a write under a shared read lock).
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int hits;
void *reader(void *a) {
  pthread_rwlock_rdlock(&rw);
  hits++;
  pthread_rwlock_unlock(&rw);
  return 0;
}
int main(void) {
  pthread_t r0, r1;
  pthread_create(&r0, 0, reader, 0);
  pthread_create(&r1, 0, reader, 0);
  pthread_join(r0, 0);
  pthread_join(r1, 0);
  return hits;
}

/* racy: two writer threads both use rdlock (shared mode) while incrementing version */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int version;
void *w(void *p) { (void)p; pthread_rwlock_rdlock(&rw); version++; pthread_rwlock_unlock(&rw); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return version;
}

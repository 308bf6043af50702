// racy: writer calls pthread_rwlock_trywrlock once and writes config even if it failed (reader may hold the read lock).
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int config;
void *writer(void *a) {
  int rc = pthread_rwlock_trywrlock(&rw);
  config++;
  if (rc == 0) pthread_rwlock_unlock(&rw);
  return 0;
}
void *reader(void *a) {
  pthread_rwlock_rdlock(&rw);
  int v = config;
  pthread_rwlock_unlock(&rw);
  return (void *)(long)v;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, writer, 0);
  pthread_create(&b, 0, reader, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return config;
}

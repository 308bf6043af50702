// free: writer spins on pthread_rwlock_trywrlock until success; reader spins on tryrdlock; config accesses under the lock.
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int config;
void *writer(void *a) {
  while (pthread_rwlock_trywrlock(&rw) != 0) {}
  config++;
  pthread_rwlock_unlock(&rw);
  return 0;
}
void *reader(void *a) {
  while (pthread_rwlock_tryrdlock(&rw) != 0) {}
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

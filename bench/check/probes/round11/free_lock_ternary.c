// free: lock chosen by (id & 1) ? &m1 : &m2, and it guards part[id & 1]; same parity -> same lock and same slot.
#include <pthread.h>
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int part[2];
void *w(void *arg) {
  long id = (long)arg;
  pthread_mutex_t *l = (id & 1) ? &m1 : &m2;
  pthread_mutex_lock(l);
  part[id & 1] += (int)id;
  pthread_mutex_unlock(l);
  return 0;
}
int main(void) {
  pthread_t th[4];
  for (long i = 0; i < 4; i++) pthread_create(&th[i], 0, w, (void *)i);
  for (int i = 0; i < 4; i++) pthread_join(th[i], 0);
  return part[0] + part[1];
}

// free: readers take rdlock to read config; the writer takes wrlock to write it.
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int config = 1;
int seen[2];
void *reader(void *a) {
  int id = (int)(long)a;
  pthread_rwlock_rdlock(&rw);
  seen[id] = config;
  pthread_rwlock_unlock(&rw);
  return 0;
}
void *writer(void *a) {
  pthread_rwlock_wrlock(&rw);
  config = 2;
  pthread_rwlock_unlock(&rw);
  return 0;
}
int main(void) {
  pthread_t r0, r1, w;
  pthread_create(&r0, 0, reader, (void *)0L);
  pthread_create(&r1, 0, reader, (void *)1L);
  pthread_create(&w, 0, writer, 0);
  pthread_join(r0, 0);
  pthread_join(r1, 0);
  pthread_join(w, 0);
  return seen[0] + seen[1];
}

// racy: the writer only takes rdlock, which does not exclude the readers' rdlock, then writes config.
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int config = 1;
int seen;
void *reader(void *a) {
  pthread_rwlock_rdlock(&rw);
  seen = config;
  pthread_rwlock_unlock(&rw);
  return 0;
}
void *writer(void *a) {
  pthread_rwlock_rdlock(&rw);
  config = 2;
  pthread_rwlock_unlock(&rw);
  return 0;
}
int main(void) {
  pthread_t r, w;
  pthread_create(&r, 0, reader, 0);
  pthread_create(&w, 0, writer, 0);
  pthread_join(r, 0);
  pthread_join(w, 0);
  return seen;
}

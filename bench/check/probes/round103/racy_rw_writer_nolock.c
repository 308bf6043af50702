/* TRUTH: racy — readers take the rdlock but the writer updates 'table_version' without any lock */
#include <pthread.h>

pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table_version;

void *reader(void *arg) {
  pthread_rwlock_rdlock(&rw);
  int v = table_version;
  pthread_rwlock_unlock(&rw);
  return (void *)(long)v;
}

void *writer(void *arg) {
  table_version = table_version + 1;
  return 0;
}

int main(void) {
  pthread_t r1, r2, w;
  pthread_create(&r1, 0, reader, 0);
  pthread_create(&w, 0, writer, 0);
  pthread_create(&r2, 0, reader, 0);
  pthread_join(r1, 0);
  pthread_join(w, 0);
  pthread_join(r2, 0);
  return 0;
}

/* TRUTH: racy — readers increment 'reads' while holding only the rdlock, so two readers race */
#include <pthread.h>
#define R 3

pthread_rwlock_t rw;
int config = 1;
int reads;

void *reader(void *arg) {
  pthread_rwlock_rdlock(&rw);
  int c = config;
  reads = reads + 1;
  pthread_rwlock_unlock(&rw);
  return (void *)(long)c;
}

int main(void) {
  pthread_t t[R];
  pthread_rwlock_init(&rw, 0);
  for (int i = 0; i < R; i++)
    pthread_create(&t[i], 0, reader, 0);
  for (int i = 0; i < R; i++)
    pthread_join(t[i], 0);
  return reads;
}

/* TRUTH: racy — readers also bump a shared hits counter while only holding the read lock (concurrent writes under rdlock) */
#include <pthread.h>
#include <stdio.h>
#define K 16
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table[K];
int hits;
static void *reader(void *a) {
  long s = 0;
  for (int it = 0; it < 200; it++) {
    pthread_rwlock_rdlock(&rw);
    for (int i = 0; i < K; i++) s += table[i];
    hits++;
    pthread_rwlock_unlock(&rw);
  }
  return (void *)s;
}
static void *writer(void *a) {
  for (int it = 0; it < 200; it++) {
    pthread_rwlock_wrlock(&rw);
    table[it % K] += it;
    pthread_rwlock_unlock(&rw);
  }
  return 0;
}
int main(void) {
  pthread_t r1, r2, w;
  pthread_create(&r1, 0, reader, 0); pthread_create(&r2, 0, reader, 0); pthread_create(&w, 0, writer, 0);
  pthread_join(r1, 0); pthread_join(r2, 0); pthread_join(w, 0);
  printf("%d\n", table[0]);
  return 0;
}

/* TRUTH: racy — writer uses pthread_rwlock_trywrlock and ignores failure, writing table[] even when readers hold the lock (and then unlocking a lock it does not hold is UB — so it only unlocks on success) */
#include <pthread.h>
#include <stdio.h>
#define K 16
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int table[K];
static void *reader(void *a) {
  long s = 0;
  for (int it = 0; it < 200; it++) {
    pthread_rwlock_rdlock(&rw);
    for (int i = 0; i < K; i++) s += table[i];
    pthread_rwlock_unlock(&rw);
  }
  return (void *)s;
}
static void *writer(void *a) {
  for (int it = 0; it < 200; it++) {
    int ok = pthread_rwlock_trywrlock(&rw) == 0;
    table[it % K] += it;
    if (ok) pthread_rwlock_unlock(&rw);
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

/* TRUTH: racy — maybe_lock/maybe_unlock skip the mutex for id 2, so instance 2 updates two[0] unlocked while instance 0 updates it locked */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void maybe_lock(long id) { if (id != 2) pthread_mutex_lock(&m); }
static void maybe_unlock(long id) { if (id != 2) pthread_mutex_unlock(&m); }
void *f(void *p) {
  long id = (long)p;
  maybe_lock(id);
  two[id % 2] += 1;
  maybe_unlock(id);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}

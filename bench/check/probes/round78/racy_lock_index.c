/* TRUTH: racy — stripe computed as (k + id) % S, so different threads lock different stripes for the same slot[k] */
#include <pthread.h>
#include <stdio.h>
#define S 4
#define K 16
pthread_mutex_t locks[S];
long slot[K];
static void *w(void *arg) {
  int id = (int)(long)arg;
  for (int i = 0; i < 1000; i++) { int k = (i * 7 + id) % K; pthread_mutex_lock(&locks[(k + id) % S]); slot[k] += 1; pthread_mutex_unlock(&locks[(k + id) % S]); }
  return 0;
}
int main(void) {
  pthread_t t[3];
  for (int i = 0; i < S; i++) pthread_mutex_init(&locks[i], 0);
  for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  long s = 0; for (int i = 0; i < K; i++) s += slot[i];
  printf("%ld\n", s);
  return 0;
}

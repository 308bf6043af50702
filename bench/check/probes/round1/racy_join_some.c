/* TRUTH: racy. Four workers write `total`; main joins only t[0..N-2], so worker N-1
   may still be writing `total` when main reads it. */
#include <pthread.h>
#include <stdio.h>
#define N 4
int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  pthread_mutex_lock(&m);
  total += 1;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (i = 0; i < N - 1; i++) pthread_join(t[i], NULL);
  printf("%d\n", total);           /* unlocked read, last worker not joined */
  return 0;
}

/* TRUTH: free. Workers update `total` under a lock; main reads it only after joining
   every worker (same range as the create loop). */
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
  for (i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", total);
  return 0;
}

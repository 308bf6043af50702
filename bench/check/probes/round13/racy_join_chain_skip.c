/* racy: thread i joins th[i-2] instead of th[i-1], so threads 1 and 2 (and 0 and 1) touch x concurrently */
#include <pthread.h>
#include <assert.h>
#define N 4
pthread_t th[N];
int x;
void *link_fn(void *p) {
  long i = (long)p;
  if (i > 1) pthread_join(th[i - 2], NULL);
  x = x + 1;
  return NULL;
}
int main(void) {
  for (long i = 0; i < N; i++) pthread_create(&th[i], NULL, link_fn, (void *)i);
  pthread_join(th[N - 1], NULL);
  pthread_join(th[N - 2], NULL);
  return x;
}

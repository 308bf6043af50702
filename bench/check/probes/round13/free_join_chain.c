/* race-free: thread i joins thread i-1 before touching x, so writes to x form a chain; main joins the last */
#include <pthread.h>
#include <assert.h>
#define N 4
pthread_t th[N];
int x;
void *link_fn(void *p) {
  long i = (long)p;
  if (i > 0) pthread_join(th[i - 1], NULL);
  x = x + 1;
  return NULL;
}
int main(void) {
  for (long i = 0; i < N; i++) pthread_create(&th[i], NULL, link_fn, (void *)i);
  pthread_join(th[N - 1], NULL);
  assert(x == N);
  return 0;
}

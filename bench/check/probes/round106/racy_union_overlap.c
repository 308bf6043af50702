/* TRUTH: racy — u.data and u.pair overlap: instance 1 reads u.pair[1] (bytes of data[2..3]) while instance 2 writes u.data[2] */
#include <pthread.h>
#include <stdio.h>
#define N 3
union view { int data[4]; long long pair[2]; };
union view u;
long long out[N];
void *f(void *p) {
  long id = (long)p;
  u.data[id % 4] = (int)id + 1;
  out[id] = u.pair[id % 2];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%lld\n", out[1]);
  return 0;
}

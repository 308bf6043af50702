/* TRUTH: free — join_range(th, 0, N) joins every thread before main reads out[] */
#include <pthread.h>
#define N 4
static int out[N];
static void *calc(void *p) { int i = (int)(long)p; out[i] = i * 3; return 0; }
static void join_range(pthread_t *th, int from, int to) { for (int i = from; i < to; i++) pthread_join(th[i], 0); }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, calc, (void *)(long)i);
  join_range(th, 0, N);
  int s = 0;
  for (int i = 0; i < N; i++) s += out[i];
  return s != 18;
}

/* TRUTH: racy — join_range(th, 0, N-1) leaves thread N-1 unjoined; main then reads out[N-1], which that thread writes */
#include <pthread.h>
#define N 4
static int out[N];
static void *calc(void *p) { int i = (int)(long)p; out[i] = i * 3; return 0; }
static void join_range(pthread_t *th, int from, int to) { for (int i = from; i < to; i++) pthread_join(th[i], 0); }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, calc, (void *)(long)i);
  join_range(th, 0, N - 1);
  int last = out[N - 1];
  pthread_join(th[N - 1], 0);
  return last;
}

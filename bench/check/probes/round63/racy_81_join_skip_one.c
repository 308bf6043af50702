/* TRUTH: racy — the join loop skips i == 2, so main reads out[2] while thread 2 may still be writing it */
#include <pthread.h>
#define N 4
static int out[N];
static void *calc(void *p) { int i = (int)(long)p; out[i] = i * 3; return 0; }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, calc, (void *)(long)i);
  for (int i = 0; i < N; i++) if (i != 2) pthread_join(th[i], 0);
  return out[2];
}

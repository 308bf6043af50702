/* TRUTH: free — the join loop counts down from N-1 to 0 and joins every thread before main reads res[] */
#include <pthread.h>
#define N 5
static int res[N];
static void *calc(void *p) { int i = (int)(long)p; res[i] = i + 1; return 0; }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, calc, (void *)(long)i);
  for (int i = N - 1; i >= 0; i--) pthread_join(th[i], 0);
  int s = 0;
  for (int i = 0; i < N; i++) s += res[i];
  return s != 15;
}

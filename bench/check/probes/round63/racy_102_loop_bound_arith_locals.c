/* TRUTH: racy — k*m = 6 workers are created, only k*m-1 = 5 joined; main reads res[5], which the unjoined worker 5 writes */
#include <pthread.h>
static int res[6];
static void *calc(void *p) { int i = (int)(long)p; res[i] = i + 100; return 0; }
int main(void) {
  int k = 2, m = 3;
  pthread_t th[6];
  for (int i = 0; i < k * m; i++) pthread_create(&th[i], 0, calc, (void *)(long)i);
  for (int i = 0; i < k * m - 1; i++) pthread_join(th[i], 0);
  return res[k * m - 1];
}

/* TRUTH: free — main joins th[0], th[1] and then reads only res[0], res[1]; it reads the rest after joining th[2..4) */
#include <pthread.h>
#define N 4
static int res[N];
static void *calc(void *p) { int i = (int)(long)p; res[i] = i * 10; return 0; }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, calc, (void *)(long)i);
  for (int i = 0; i < 2; i++) pthread_join(th[i], 0);
  int r = res[0] + res[1];
  for (int i = 2; i < N; i++) pthread_join(th[i], 0);
  return r + res[2] + res[3];
}

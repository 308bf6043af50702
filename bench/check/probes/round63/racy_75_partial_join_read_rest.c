/* TRUTH: racy — main joins only th[0] and th[1], then reads res[3], which thread 3 (not joined) writes */
#include <pthread.h>
#define N 4
static int res[N];
static void *calc(void *p) { int i = (int)(long)p; res[i] = i * 10; return 0; }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, calc, (void *)(long)i);
  for (int i = 0; i < 2; i++) pthread_join(th[i], 0);
  int r = res[3];
  for (int i = 2; i < N; i++) pthread_join(th[i], 0);
  return r;
}

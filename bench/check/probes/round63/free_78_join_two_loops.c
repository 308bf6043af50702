/* TRUTH: free — the two join loops together join th[0..4) before main reads res[] */
#include <pthread.h>
#define N 4
static int res[N];
static void *calc(void *p) { int i = (int)(long)p; res[i] = i * 10; return 0; }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, calc, (void *)(long)i);
  for (int i = 0; i < 2; i++) pthread_join(th[i], 0);
  for (int i = 2; i < N; i++) pthread_join(th[i], 0);
  int s = 0;
  for (int i = 0; i < N; i++) s += res[i];
  return s != 60;
}

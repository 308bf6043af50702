/* TRUTH: racy — after joining only th[0..2) main loops over all res[0..4), reading res[2] and res[3] that unjoined threads write */
#include <pthread.h>
#define N 4
static int res[N];
static void *calc(void *p) { int i = (int)(long)p; res[i] = i * 10; return 0; }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, calc, (void *)(long)i);
  for (int i = 0; i < 2; i++) pthread_join(th[i], 0);
  int s = 0;
  for (int i = 0; i < N; i++) s += res[i];
  for (int i = 2; i < N; i++) pthread_join(th[i], 0);
  return s;
}

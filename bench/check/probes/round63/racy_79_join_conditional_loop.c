/* TRUTH: racy — on the else path main joins only th[0..N/2), then reads res[N-1] that the unjoined last thread writes */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#define N 6
static int res[N];
static void *calc(void *p) { int i = (int)(long)p; res[i] = i + 1; return 0; }
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, calc, (void *)(long)i);
  if (__VERIFIER_nondet_int()) { for (int i = 0; i < N; i++) pthread_join(th[i], 0); }
  else { for (int i = 0; i < N / 2; i++) pthread_join(th[i], 0); }
  return res[N - 1];
}

/* race-free: n threads (n nondet in 1..N), thread i writes only d[i] */
#include <pthread.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
#define N 8
int d[N];
void *w(void *p) { int i = (int)(long)p; d[i] = i + 1; return NULL; }
int main(void) {
  int n = __VERIFIER_nondet_int();
  if (n < 1 || n > N) return 0;
  pthread_t t[N];
  for (int i = 0; i < n; i++) pthread_create(&t[i], NULL, w, (void *)(long)i);
  for (int i = 0; i < n; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < n; i++) assert(d[i] == i + 1);
  return 0;
}

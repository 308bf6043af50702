/* racy: when n >= 2, every thread also writes d[0] (last-writer flag), unordered */
#include <pthread.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
#define N 8
int d[N];
void *w(void *p) { int i = (int)(long)p; d[i] = i + 1; d[0] = i; return NULL; }
int main(void) {
  int n = __VERIFIER_nondet_int();
  if (n < 1 || n > N) return 0;
  pthread_t t[N];
  for (int i = 0; i < n; i++) pthread_create(&t[i], NULL, w, (void *)(long)i);
  for (int i = 0; i < n; i++) pthread_join(t[i], NULL);
  return d[0];
}

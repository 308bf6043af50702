/* racy: only n-1 threads joined; main then reads d[n-1] while thread n-1 may write it */
#include <pthread.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
#define MAXT 6
int d[MAXT];
void *w(void *p) { long i = (long)p; d[i] = 1; return NULL; }
int main(void) {
  int n = __VERIFIER_nondet_int();
  if (n <= 0 || n > MAXT) n = MAXT;
  pthread_t t[MAXT];
  for (long i = 0; i < n; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < n - 1; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < n; i++) s += d[i];
  return s;
}

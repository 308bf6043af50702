/* TRUTH: racy — the join loop may break early on a nondet value, leaving later threads running while main reads out[] */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#define N 3
int out[N];
void *w(void *a) { long i = (long)a; out[i] = (int)i + 1; return 0; }
int main(void) {
  pthread_t t[N];
  int i, s = 0;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)(long)i);
  for (i = 0; i < N; i++) {
    pthread_join(t[i], 0);
    if (__VERIFIER_nondet_int()) break;
  }
  for (i = 0; i < N; i++) s += out[i];
  return s;
}

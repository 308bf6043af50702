/* TRUTH: racy — each thread writes cells[k] for a nondet k in [0,3); two threads may pick the same k */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void assume_abort_if_not(int cond) { if (!cond) abort(); }
#define N 2

int cells[3];

void *pick(void *arg) {
  int k = __VERIFIER_nondet_int();
  assume_abort_if_not(0 <= k && k < 3);
  cells[k] = (int)(long)arg;
  return 0;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, pick, (void *)(i + 1));
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return cells[0];
}

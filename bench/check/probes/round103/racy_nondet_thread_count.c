/* TRUTH: racy — n is nondet in 1..4 and thread i writes slot[i % 2]; with n >= 3 two threads collide */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void assume_abort_if_not(int cond) { if (!cond) abort(); }

int slot[2];

void *w(void *arg) {
  int i = (int)(long)arg;
  slot[i % 2] += i;
  return 0;
}

int main(void) {
  pthread_t t[4];
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n >= 1 && n <= 4);
  for (int i = 0; i < n; i++)
    pthread_create(&t[i], 0, w, (void *)(long)i);
  for (int i = 0; i < n; i++)
    pthread_join(t[i], 0);
  return slot[0];
}

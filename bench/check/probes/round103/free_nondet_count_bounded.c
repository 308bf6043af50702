/* TRUTH: free — n is assumed in 1..2, so thread i writing slot[i % 2] never collides; all are joined before main reads */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void assume_abort_if_not(int cond) { if (!cond) abort(); }

int slot[2];

void *w(void *arg) {
  int i = (int)(long)arg;
  slot[i % 2] += i + 1;
  return 0;
}

int main(void) {
  pthread_t t[4];
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n >= 1 && n <= 2);
  for (int i = 0; i < n; i++)
    pthread_create(&t[i], 0, w, (void *)(long)i);
  for (int i = 0; i < n; i++)
    pthread_join(t[i], 0);
  return slot[0] + slot[1];
}

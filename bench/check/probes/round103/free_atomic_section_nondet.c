/* TRUTH: free — whichever nondet branch runs, every access to x and y is inside atomic_begin/atomic_end */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

int x, y;

void *thr(void *arg) {
  int c = __VERIFIER_nondet_int();
  __VERIFIER_atomic_begin();
  if (c)
    x = x + 1;
  else
    y = x + y;
  __VERIFIER_atomic_end();
  return 0;
}

int main(void) {
  pthread_t t[3];
  for (int i = 0; i < 3; i++)
    pthread_create(&t[i], 0, thr, 0);
  for (int i = 0; i < 3; i++)
    pthread_join(t[i], 0);
  return x + y;
}

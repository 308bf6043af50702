/* TRUTH: racy. The `break` inside the switch leaves only the switch, but the loop is left
   by `goto out`, so x = 1 runs and races with main. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *worker(void *arg) {
  while (1) {
    switch (__VERIFIER_nondet_int()) { case 0: break; case 1: goto out; default: break; }
  }
out:
  x = 1;
  return NULL;
}
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, worker, NULL);
  x = 2;
  pthread_join(a, NULL);
  return x;
}

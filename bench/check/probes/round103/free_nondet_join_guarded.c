/* TRUTH: free — main reads 'acc' only on the branch where it joined the worker; the other branch touches no shared data */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

int acc;

void *worker(void *arg) {
  acc = acc + 10;
  return 0;
}

int main(void) {
  pthread_t t;
  int v = -1;
  pthread_create(&t, 0, worker, 0);
  if (__VERIFIER_nondet_int()) {
    pthread_join(t, 0);
    v = acc;
  }
  return v;
}

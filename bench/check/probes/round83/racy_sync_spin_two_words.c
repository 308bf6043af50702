/* TRUTH: racy — worker ids 0 and 1 use different spin words (spins[id%2] with 2 words) for the same counter */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int spins[2];
int counter = 0;

void spin_lock(int *l) {
  while (__sync_lock_test_and_set(l, 1)) {
  }
}
void spin_unlock(int *l) { __sync_lock_release(l); }

void *worker(void *arg) {
  int id = *(int *)arg;
  int *l = &spins[id % 2];
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n > 0 && n < 5);
  for (i = 0; i < n; i++) {
    spin_lock(l);
    counter++;
    spin_unlock(l);
  }
  return 0;
}

int main(void) {
  pthread_t t[2];
  int ids[2] = {0, 1};
  int i;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, &ids[i]);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  if (!(counter >= 2)) reach_error();
  return 0;
}

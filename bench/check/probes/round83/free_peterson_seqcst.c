/* TRUTH: free — Peterson mutual exclusion with seq_cst _Atomic flag/turn; the plain critical-section counter is never accessed concurrently */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <stdatomic.h>
atomic_int want[2];
atomic_int turn;
int critical = 0;

void enter(int me) {
  int other = 1 - me;
  atomic_store(&want[me], 1);
  atomic_store(&turn, other);
  while (atomic_load(&want[other]) && atomic_load(&turn) == other) {
  }
}

void leave(int me) { atomic_store(&want[me], 0); }

void *worker(void *arg) {
  int me = *(int *)arg;
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n >= 1 && n <= 3);
  for (i = 0; i < n; i++) {
    enter(me);
    critical = critical + 1;
    leave(me);
  }
  return 0;
}

int main(void) {
  pthread_t t[2];
  int ids[2] = {0, 1};
  pthread_create(&t[0], 0, worker, &ids[0]);
  pthread_create(&t[1], 0, worker, &ids[1]);
  pthread_join(t[0], 0);
  pthread_join(t[1], 0);
  if (!(critical >= 2)) reach_error();
  return 0;
}

/* TRUTH: free — Peterson's algorithm with flag/turn as seq_cst C11 atomics gives mutual exclusion and happens-before for the plain critical counter */
#include <pthread.h>
#include <stdatomic.h>
extern void abort(void);
void reach_error(void) { abort(); }

atomic_int flag0, flag1, turn;
int critical;

void *thr0(void *arg) {
  atomic_store(&flag0, 1);
  atomic_store(&turn, 1);
  while (atomic_load(&flag1) == 1 && atomic_load(&turn) == 1)
    ;
  /* critical section */
  critical = 0;
  if (critical != 0) reach_error();
  atomic_store(&flag0, 0);
  return 0;
}

void *thr1(void *arg) {
  atomic_store(&flag1, 1);
  atomic_store(&turn, 0);
  while (atomic_load(&flag0) == 1 && atomic_load(&turn) == 0)
    ;
  /* critical section */
  critical = 1;
  if (critical != 1) reach_error();
  atomic_store(&flag1, 0);
  return 0;
}

int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, 0, thr0, 0);
  pthread_create(&t1, 0, thr1, 0);
  pthread_join(t0, 0);
  pthread_join(t1, 0);
  return 0;
}

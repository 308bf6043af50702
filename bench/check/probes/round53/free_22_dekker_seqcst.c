/* TRUTH: free — Dekker's algorithm with seq_cst atomics for wants/turn; shared critical-section variable is mutually excluded */
#include <pthread.h>
#include <stdatomic.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_22_dekker_seqcst.c", 5, "reach_error"); }
atomic_int wants[2];
atomic_int turn;
int shared;

static void enter(int me) {
  int other = 1 - me;
  atomic_store(&wants[me], 1);
  while (atomic_load(&wants[other])) {
    if (atomic_load(&turn) != me) {
      atomic_store(&wants[me], 0);
      while (atomic_load(&turn) != me) { }
      atomic_store(&wants[me], 1);
    }
  }
}
static void leave(int me) {
  atomic_store(&turn, 1 - me);
  atomic_store(&wants[me], 0);
}

void *t0(void *a) { enter(0); shared++; leave(0); return 0; }
void *t1(void *a) { enter(1); shared++; leave(1); return 0; }

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t0, 0);
  pthread_create(&b, 0, t1, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (shared != 2) reach_error();
  return 0;
}

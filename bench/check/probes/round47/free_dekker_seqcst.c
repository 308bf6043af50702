/* TRUTH: free — Dekker's algorithm with seq_cst atomic wants/turn; x is accessed only in the mutually exclusive critical sections */
#include <pthread.h>
#include <stdatomic.h>
extern void abort(void);
void reach_error(void) { abort(); }

atomic_int wants[2];
atomic_int turn;
int x;

static void enter(int me) {
  int other = 1 - me;
  atomic_store(&wants[me], 1);
  while (atomic_load(&wants[other])) {
    if (atomic_load(&turn) != me) {
      atomic_store(&wants[me], 0);
      while (atomic_load(&turn) != me)
        ;
      atomic_store(&wants[me], 1);
    }
  }
}

static void leave(int me) {
  atomic_store(&turn, 1 - me);
  atomic_store(&wants[me], 0);
}

void *p0(void *a) { enter(0); x = x + 1; leave(0); return 0; }
void *p1(void *a) { enter(1); x = x + 2; leave(1); return 0; }

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, p0, 0);
  pthread_create(&b, 0, p1, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (x != 3) reach_error();
  return 0;
}

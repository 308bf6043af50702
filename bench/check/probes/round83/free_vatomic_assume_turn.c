/* TRUTH: free — reader waits in a __VERIFIER_atomic_ function that assumes turn==1 (blocks until the writer handed over); writer writes data then sets turn in an atomic function */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int turn = 0;
int data[4];

void __VERIFIER_atomic_give_turn(void) { turn = 1; }
void __VERIFIER_atomic_wait_turn(void) { __VERIFIER_assume(turn == 1); }

void *writer(void *arg) {
  int i;
  for (i = 0; i < 4; i++)
    data[i] = __VERIFIER_nondet_int();
  __VERIFIER_atomic_give_turn();
  return 0;
}

void *reader(void *arg) {
  int i, s = 0;
  __VERIFIER_atomic_wait_turn();
  for (i = 0; i < 4; i++)
    s += data[i];
  data[0] = s;
  return 0;
}

int main(void) {
  pthread_t w1, r1;
  pthread_create(&w1, 0, writer, 0);
  pthread_create(&r1, 0, reader, 0);
  pthread_join(w1, 0);
  pthread_join(r1, 0);
  return 0;
}

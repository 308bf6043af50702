/* TRUTH: free — mode is assumed != 2 before threads start; the unprotected write in the mode==2 branch is unreachable; other branch uses the lock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int mode;
int state = 0;

void *machine(void *arg) {
  int steps = 3, s;
  for (s = 0; s < steps; s++) {
    if (mode == 2) {
      state = state + 5;
    } else {
      pthread_mutex_lock(&m);
      state = state + 1;
      pthread_mutex_unlock(&m);
    }
  }
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  mode = __VERIFIER_nondet_int();
  __VERIFIER_assume(mode >= 0 && mode <= 3);
  __VERIFIER_assume(mode != 2);
  pthread_create(&t1, 0, machine, 0);
  pthread_create(&t2, 0, machine, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  if (!(state == 6)) reach_error();
  return 0;
}

/* TRUTH: free — the parameter named `level` shadows the global level inside bump(); worker_a only changes its parameter copy, only worker_b writes the global */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int level = 0;

int bump(int level) {
  level = level + 1;
  level = level * 2;
  return level;
}

void *worker_a(void *arg) {
  int r = bump(3);
  *(int *)arg = r;
  return 0;
}

void *worker_b(void *arg) {
  level = 10;
  level = level + 1;
  return 0;
}

int main(void) {
  pthread_t a, b;
  int res = 0;
  pthread_create(&a, 0, worker_a, &res);
  pthread_create(&b, 0, worker_b, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(res == 8 && level == 11)) reach_error();
  return 0;
}

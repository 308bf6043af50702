/* TRUTH: racy — grandchild writes shared_val; child does not join grandchild, and main reads shared_val after joining only the child */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int shared_val = 0;
pthread_t gc;

void *grandchild(void *arg) {
  shared_val = 7;
  return 0;
}

void *child(void *arg) {
  int depth = *(int *)arg;
  if (depth > 0)
    pthread_create(&gc, 0, grandchild, 0);
  return 0;
}

int main(void) {
  pthread_t c;
  int depth = __VERIFIER_nondet_int();
  if (!(depth >= 0 && depth <= 3)) abort();
  pthread_create(&c, 0, child, &depth);
  pthread_join(c, 0);
  int v = shared_val;
  if (!(v == 0 || v == 7)) reach_error();
  return 0;
}

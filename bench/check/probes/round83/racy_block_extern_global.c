/* TRUTH: racy — inside bump() the block-scope `extern int level;` re-declares the GLOBAL level (hiding the parameter), so worker_a writes the global level concurrently with worker_b */
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
  {
    extern int level;
    level = 7;
  }
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
  if (!(level == 11 || level == 7)) reach_error();
  return 0;
}

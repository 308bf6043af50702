/* TRUTH: free — nondet-bounded loops, but every access to acc happens under m or after joins */
#include <pthread.h>
extern void abort(void);
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_41_nondet_bound_locked.c", 5, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int acc;
int bound;

void *t_fun(void *arg) {
  for (int i = 0; i < bound; i++) {
    pthread_mutex_lock(&m);
    acc += 1;
    pthread_mutex_unlock(&m);
  }
  return 0;
}

int main(void) {
  bound = __VERIFIER_nondet_int();
  __VERIFIER_assume(bound >= 0 && bound <= 5);
  pthread_t t1, t2;
  pthread_create(&t1, 0, t_fun, 0);
  pthread_create(&t2, 0, t_fun, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  if (acc != 2 * bound) reach_error();
  return 0;
}

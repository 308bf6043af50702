/* TRUTH: free — on both branches mode is written with m held (lock taken in different places per branch) */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_53_both_branches_locked.c", 4, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int mode;

void *toggler(void *arg) {
  if (__VERIFIER_nondet_int()) {
    pthread_mutex_lock(&m);
    mode = 1;
    pthread_mutex_unlock(&m);
  } else {
    int v = __VERIFIER_nondet_int() ? 2 : 3;
    pthread_mutex_lock(&m);
    if (mode == 0) mode = v;
    pthread_mutex_unlock(&m);
  }
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, toggler, 0);
  pthread_create(&b, 0, toggler, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (mode < 0 || mode > 3) reach_error();
  return 0;
}

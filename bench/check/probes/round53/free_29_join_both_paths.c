/* TRUTH: free — on both branches main joins the worker before reading result */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "free_29_join_both_paths.c", 4, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
int result;

void *worker(void *arg) { result = 5; return 0; }

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  if (__VERIFIER_nondet_int()) {
    pthread_join(t, 0);
    if (result != 5) reach_error();
  } else {
    int dummy = 3;
    dummy++;
    pthread_join(t, 0);
    result = dummy;
  }
  return 0;
}

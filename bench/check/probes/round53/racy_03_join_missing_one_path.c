/* TRUTH: racy — when nondet is 0 main reads result without joining the worker that writes it */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_03_join_missing_one_path.c", 4, "reach_error"); }
extern int __VERIFIER_nondet_int(void);
int result;

void *worker(void *arg) { result = 11; return 0; }

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  int wait = __VERIFIER_nondet_int();
  if (wait)
    pthread_join(t, 0);
  if (result != 11 && wait) reach_error();
  return 0;
}

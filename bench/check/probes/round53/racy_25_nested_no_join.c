/* TRUTH: racy — outer thread creates inner but never joins it, then writes level, which inner also writes */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_25_nested_no_join.c", 4, "reach_error"); }
int level;

void *inner(void *arg) { level = 2; return 0; }

void *outer(void *arg) {
  pthread_t in;
  pthread_create(&in, 0, inner, 0);
  level = 1;
  return 0;
}

int main(void) {
  pthread_t o;
  pthread_create(&o, 0, outer, 0);
  pthread_join(o, 0);
  return 0;
}

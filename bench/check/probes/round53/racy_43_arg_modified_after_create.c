/* TRUTH: racy — main passes &cfg to the thread and then modifies cfg.limit before joining; the thread reads cfg.limit */
#include <pthread.h>
extern void __assert_fail(const char *, const char *, unsigned int, const char *);
void reach_error() { __assert_fail("0", "racy_43_arg_modified_after_create.c", 4, "reach_error"); }
struct config { int limit; int verbose; };

void *runner(void *arg) {
  struct config *c = arg;
  int l = c->limit;
  if (l != 10 && l != 20) reach_error();
  return 0;
}

int main(void) {
  struct config cfg = { 10, 0 };
  pthread_t t;
  pthread_create(&t, 0, runner, &cfg);
  cfg.limit = 20;
  pthread_join(t, 0);
  return 0;
}

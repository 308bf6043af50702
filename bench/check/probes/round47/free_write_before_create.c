/* TRUTH: free — main initializes config before pthread_create; threads only read it afterwards */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }

struct config { int mode; int limit; } cfg;

void *reader(void *arg) {
  int *out = (int *)arg;
  if (cfg.mode == 1)
    *out = cfg.limit;
  else
    *out = 0;
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  int r1, r2;
  cfg.mode = 1;
  cfg.limit = __VERIFIER_nondet_int();
  pthread_create(&t1, 0, reader, &r1);
  pthread_create(&t2, 0, reader, &r2);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  if (r1 != r2) reach_error();
  return 0;
}

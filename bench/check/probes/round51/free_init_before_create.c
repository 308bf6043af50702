/* TRUTH: free — main writes config before creating the threads, threads only read it */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void reach_error(void) { abort(); }
struct config { int mode; int limit; } cfg;

void *reader(void *arg)
{
  int local = 0;
  if (cfg.mode == 1)
    local = cfg.limit;
  else
    local = -cfg.limit;
  (void)local;
  return NULL;
}

int main(void)
{
  pthread_t a, b;
  cfg.mode = __VERIFIER_nondet_int();
  cfg.limit = 5;
  pthread_create(&a, NULL, reader, NULL);
  pthread_create(&b, NULL, reader, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}

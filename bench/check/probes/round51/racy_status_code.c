/* TRUTH: racy — both workers may set the global status on their failure path with no lock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int status;
void *worker(void *arg)
{
  int r = __VERIFIER_nondet_int();
  if (r != 0) {
    status = r;
    return (void *)1;
  }
  return 0;
}
int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, worker, 0);
  pthread_create(&b, 0, worker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return status;
}

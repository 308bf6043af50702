/* TRUTH: free — only the worker writes progress; main does not touch it until after pthread_join */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int progress;
int limit;
void *worker(void *a)
{
  for (int i = 0; i < 20; i++) {
    if (i >= limit)
      break;
    progress = i;
  }
  return 0;
}
int main(void)
{
  pthread_t t;
  limit = __VERIFIER_nondet_int();
  pthread_create(&t, 0, worker, 0);
  int local = 0;
  for (int i = 0; i < 5; i++)
    local += i;
  pthread_join(t, 0);
  return progress + local;
}

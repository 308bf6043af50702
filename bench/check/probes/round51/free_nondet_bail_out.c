/* TRUTH: free — a thread may bail out early without touching anything, otherwise it updates total under m */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void assume_abort_if_not(int cond) { if (!cond) abort(); }
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int total;

void *t(void *arg)
{
  int v = __VERIFIER_nondet_int();
  if (v < 0)
    return NULL;
  if (v > 100)
    return NULL;
  pthread_mutex_lock(&m);
  total += v;
  pthread_mutex_unlock(&m);
  return NULL;
}

int main(void)
{
  int n = __VERIFIER_nondet_int();
  assume_abort_if_not(n > 0 && n <= 4);
  pthread_t th[4];
  for (int i = 0; i < n; i++)
    pthread_create(&th[i], NULL, t, NULL);
  for (int i = 0; i < n; i++)
    pthread_join(th[i], NULL);
  return total > 400;
}

/* TRUTH: racy — on the error path the thread records last_err without the lock, while another thread reads/writes last_err under the lock */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int last_err;
int ops;

void *op(void *arg)
{
  int v = __VERIFIER_nondet_int();
  if (v < 0) {
    last_err = v;
    return NULL;
  }
  pthread_mutex_lock(&m);
  ops++;
  last_err = 0;
  pthread_mutex_unlock(&m);
  return NULL;
}

int main(void)
{
  pthread_t t[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&t[i], 0, op, 0);
  for (int i = 0; i < 2; i++)
    pthread_join(t[i], 0);
  return last_err;
}

/* TRUTH: racy — after a bounded number of failed CAS attempts the thread gives up on the lock but still writes balance */
#include <pthread.h>
int lockword;
int balance;
void *t(void *arg)
{
  int got = 0;
  for (int i = 0; i < 3 && !got; i++)
    got = __sync_bool_compare_and_swap(&lockword, 0, 1);
  balance += (int)(long)arg;
  if (got)
    __sync_lock_release(&lockword);
  return 0;
}
int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)5L);
  pthread_create(&b, 0, t, (void *)7L);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return balance;
}

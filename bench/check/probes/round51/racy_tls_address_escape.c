/* TRUTH: racy — t1 publishes the address of its __thread variable via a mutex-protected global; t2 then writes through that pointer without synchronisation while t1 keeps writing its own copy */
#include <pthread.h>
#include <stddef.h>
__thread int local_stat;
int *exported;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

void *t1(void *a)
{
  pthread_mutex_lock(&m);
  exported = &local_stat;
  pthread_mutex_unlock(&m);
  for (int i = 0; i < 100; i++)
    local_stat++;
  return 0;
}

void *t2(void *a)
{
  int *p;
  pthread_mutex_lock(&m);
  p = exported;
  pthread_mutex_unlock(&m);
  if (p != NULL)
    *p = 0;
  return 0;
}

int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}

/* TRUTH: racy — the worker polls go without holding mu while main writes go under mu */
#include <pthread.h>
pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
int go;
int work;
void *worker(void *a)
{
  while (!go)
    ;
  pthread_mutex_lock(&mu);
  work++;
  pthread_mutex_unlock(&mu);
  return 0;
}
int main(void)
{
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  pthread_mutex_lock(&mu);
  go = 1;
  pthread_mutex_unlock(&mu);
  pthread_join(t, 0);
  return work;
}

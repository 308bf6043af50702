/* TRUTH: racy — the result of pthread_mutex_trylock is ignored, so a thread may update jobs without owning the lock */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int jobs;
void *t(void *a)
{
  int got = pthread_mutex_trylock(&m);
  jobs++;
  if (got == 0)
    pthread_mutex_unlock(&m);
  return 0;
}
int main(void)
{
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return jobs;
}

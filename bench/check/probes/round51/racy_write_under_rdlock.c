/* TRUTH: racy — the "updater" increments hits while holding only a read lock, so two updaters (or an updater and a reader) can run concurrently */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int hits;
void *updater(void *a)
{
  pthread_rwlock_rdlock(&rw);
  hits++;
  pthread_rwlock_unlock(&rw);
  return 0;
}
int main(void)
{
  pthread_t t[2];
  for (int i = 0; i < 2; i++)
    pthread_create(&t[i], 0, updater, 0);
  for (int i = 0; i < 2; i++)
    pthread_join(t[i], 0);
  return hits;
}

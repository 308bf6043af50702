/* TRUTH: racy. Each thread locks its OWN lock m[id] and then updates the single shared
   `total`: different locks, same data. */
#include <pthread.h>
#define N 3
pthread_mutex_t m[N] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
int total;
void *worker(void *arg) {
  long id = (long)arg;
  pthread_mutex_lock(&m[id]);
  total += (int)id;
  pthread_mutex_unlock(&m[id]);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return total;
}

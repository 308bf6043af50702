// racy: locks[id % 2] protects the single global total; threads 0 and 1 use different locks.
#include <pthread.h>
#define N 4
pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
int total;
void *w(void *arg) {
  int id = (int)(long)arg;
  pthread_mutex_lock(&locks[id % 2]);
  total++;
  pthread_mutex_unlock(&locks[id % 2]);
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return total;
}

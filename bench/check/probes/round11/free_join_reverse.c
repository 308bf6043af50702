// free: threads joined in reverse order; main reads counts only after all joins.
#include <pthread.h>
#define N 4
int counts[N];
int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *arg) {
  int id = (int)(long)arg;
  counts[id] = id;
  pthread_mutex_lock(&m);
  total += id;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = N - 1; i >= 0; i--) pthread_join(th[i], 0);
  return total + counts[2];
}

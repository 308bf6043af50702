// free: join_all receives a pointer to the handle array and joins all n threads before main reads sum.
#include <pthread.h>
#define N 3
int sum;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *a) {
  pthread_mutex_lock(&m);
  sum += 2;
  pthread_mutex_unlock(&m);
  return 0;
}
static void join_all(pthread_t *hs, int n) {
  for (int i = 0; i < n; i++) pthread_join(hs[i], 0);
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, 0);
  join_all(th, N);
  return sum;
}

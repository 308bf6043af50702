// racy: join_all(th + 1, N - 1) joins th[1..N-1] only; th[0] may still update sum when main reads it.
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
  join_all(th + 1, N - 1);
  return sum;
}

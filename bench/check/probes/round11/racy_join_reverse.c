// racy: reverse join loop stops at i>0, so th[0] is never joined; main reads total without the lock while th[0] may update it.
#include <pthread.h>
#define N 4
int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *arg) {
  int id = (int)(long)arg;
  pthread_mutex_lock(&m);
  total += id + 1;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = N - 1; i > 0; i--) pthread_join(th[i], 0);
  return total;
}

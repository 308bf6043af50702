/* race-free: main reads 'last' inside the join loop but holds m, the lock every writer holds */
#include <pthread.h>
#include <assert.h>
#define N 3
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int last;
void *w(void *p) {
  pthread_mutex_lock(&m);
  last = (int)(long)p;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  int s = 0;
  for (int i = 0; i < N; i++) {
    pthread_join(t[i], NULL);
    pthread_mutex_lock(&m);
    s += last;
    pthread_mutex_unlock(&m);
  }
  assert(s >= 0 && s <= 3 * (N - 1));
  return 0;
}

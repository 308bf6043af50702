/* racy: main reads 'last' inside the join loop after joining only t[i]; threads i+1.. may still write it (under m, which main does not hold) */
#include <pthread.h>
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
    s += last;
  }
  return s;
}

/* TRUTH: racy — all threads are created into the same pthread_t, so only the last is joined; main then reads total */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>
#define N 4

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int total;

static void *work(void *arg) {
  long id = (long)arg;
  usleep((N - id) * 2000);
  pthread_mutex_lock(&m);
  total += (int)id;
  pthread_mutex_unlock(&m);
  return NULL;
}

int main(void) {
  pthread_t t;
  for (long i = 0; i < N; i++) pthread_create(&t, NULL, work, (void *)i);
  pthread_join(t, NULL);
  printf("%d\n", total);
  return 0;
}

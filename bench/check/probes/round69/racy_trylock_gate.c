/* TRUTH: racy — the thread does not take m, so its write races with main's write */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) {
  g = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  if (pthread_mutex_trylock(&m) != 0) abort();
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_mutex_unlock(&m);
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}

/* Race-free: a is always guarded by ma and b always by mb, in every thread. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int a, b;
pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;
void *t1(void *arg) {
  (void)arg;
  pthread_mutex_lock(&ma); a += 1; pthread_mutex_unlock(&ma);
  pthread_mutex_lock(&mb); b += 2; pthread_mutex_unlock(&mb);
  return NULL;
}
void *t2(void *arg) {
  (void)arg;
  pthread_mutex_lock(&mb);
  b *= 3;
  pthread_mutex_lock(&ma);
  a = a + b;
  pthread_mutex_unlock(&ma);
  pthread_mutex_unlock(&mb);
  return NULL;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, NULL, t1, NULL);
  pthread_create(&y, NULL, t2, NULL);
  pthread_join(x, NULL);
  pthread_join(y, NULL);
  printf("%d %d\n", a, b);
  return 0;
}

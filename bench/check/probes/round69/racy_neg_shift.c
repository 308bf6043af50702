/* TRUTH: racy — g becomes 1024 in this thread, so x = 1 runs concurrently with main */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g = -1;
int x;
void *w(void *a) {
  if (g > 100) return 0;
  g = 1 << 10;
  if (g == 1024) x = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  x = 2;
  pthread_join(t, 0);
  printf("%d\n", x);
  return 0;
}

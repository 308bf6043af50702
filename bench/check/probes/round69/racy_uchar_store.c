/* TRUTH: racy — 256 stored in unsigned char is 0, so the thread writes x concurrently */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
unsigned char g = 1;
int x;
void *w(void *a) {
  g = 256;
  if (g == 0) x = 1;
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

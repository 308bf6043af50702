/* TRUTH: racy — 0x10 is 16, the thread writes x concurrently with main */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g = 0x10;
int x;
void *w(void *a) {
  if (g == 16) x = 1;
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

/* TRUTH: racy — g starts at 8, g += 5 makes it 13, so big is 1 and the thread writes x while main does */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g = 8;
int x;
void *w(void *a) {
  pthread_mutex_lock(&m);
  if (g < 10) g += 5;
  int big = g > 10;
  pthread_mutex_unlock(&m);
  if (big) x = 1;
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

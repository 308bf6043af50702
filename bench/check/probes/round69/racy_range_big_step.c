/* TRUTH: racy — g goes from 8 to 23 > 20 (only this thread writes g), so the thread writes x concurrently */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g = 8;
int x;
void *w(void *a) {
  pthread_mutex_lock(&m);
  if (g < 10) g += 15;
  pthread_mutex_unlock(&m);
  if (g > 20) x = 1;
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

/* TRUTH: racy — 200 in signed char is -56 (GCC/Clang), so g < 0 and the thread writes x */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
signed char g = 200;
int x;
void *w(void *a) {
  if (g < 0) x = 1;
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

/* TRUTH: racy — for arg 255, x wraps to 0 after x++, so x == 0 holds and the thread writes g while main writes g */
#include <pthread.h>
#include <stdio.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int g;
void *w(void *a) {
  unsigned char x = (long)a;
  x++;
  if (x == 0) g++;
  return 0;
}
int main(void) {
  pthread_t t1;
  pthread_create(&t1, 0, w, (void *)255);
  g++;
  pthread_join(t1, 0);
  printf("%d\n", g);
  return 0;
}

/* TRUTH: racy — nothing cancels the thread, so pthread_testcancel returns and the thread writes g concurrently with main */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) {
  pthread_testcancel();
  g = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}

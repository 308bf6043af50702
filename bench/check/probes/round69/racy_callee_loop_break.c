/* TRUTH: racy — park returns after one pass, so the thread writes g concurrently */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
static void park(void) { while (1) { sleep(0); break; } }
void *w(void *a) {
  park();
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

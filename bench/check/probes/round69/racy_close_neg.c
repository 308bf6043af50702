/* TRUTH: racy — close(-1) never returns 0, the thread writes g concurrently */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
int g;
void *w(void *a) {
  if (close(-1) == 0) pthread_exit(0);
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

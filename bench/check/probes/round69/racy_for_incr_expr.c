/* TRUTH: racy — the for increment expression g++ runs once in the thread */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;

void *w(void *a) {
  for (int i = 0; i < 1; i++, g++) ;
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

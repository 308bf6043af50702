/* Racy: gp may point at x, which main writes after create and before join, racing with the thread's *gp write. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int x, y;
int *gp;
void *writer(void *arg) {
  (void)arg;
  *gp = 7;
  return NULL;
}
int main(void) {
  gp = (rand() % 2) ? &x : &y;
  pthread_t t;
  pthread_create(&t, NULL, writer, NULL);
  x = 3;
  pthread_join(t, NULL);
  printf("%d %d\n", x, y);
  return 0;
}

/* TRUTH: racy — the initializer evaluates g++ in the thread */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;

void *w(void *a) {
  int arr[2] = { [1] = g++ };
  (void)arr;
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

/* TRUTH: racy — mk reaches a VLA typedef whose size g++ is evaluated */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
static void mk(void) { typedef int T[g++ + 1]; T *p = 0; (void)p; }
void *w(void *a) {
  mk();
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

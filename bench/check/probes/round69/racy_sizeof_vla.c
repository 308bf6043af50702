/* TRUTH: racy — sizeof of a VLA type evaluates its size expression, so g++ runs in the thread */
#include <pthread.h>
#include <stdio.h>
int g = 1;
void *w(void *a) { size_t s = sizeof(int[g++]); return (void *)s; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}

/* TRUTH: free — __typeof__ of a non-VLA expression does not evaluate it */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { __typeof__(g++) k = 3; return (void *)(long)k; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}

/* TRUTH: free — g = 5 is inside sizeof (not a VLA operand), so it is not evaluated; T has a constant size */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;

void *w(void *a) {
  typedef char T[sizeof(g = 5)];
  (void)sizeof(T);
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

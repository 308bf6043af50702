/* TRUTH: racy — __builtin_memcpy writes g in the thread while main writes g */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
int src = 7;
void *w(void *a) {
  __builtin_memcpy(&g, &src, sizeof g);
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

/* TRUTH: free — sizeof(__typeof__(g++)) is a constant: the operand is not evaluated; the thread never touches g; main writes g */
#include <pthread.h>
#include <stdio.h>
int g = 3;
static void *t(void *a) {
  int n = (int)(long)a;
  int k = (int)sizeof(__typeof__(g++)) + n; (void)k;
  return 0;
}
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, (void *)2L);
  g = 7;
  pthread_join(h, 0);
  printf("%d\n", g);
  return 0;
}

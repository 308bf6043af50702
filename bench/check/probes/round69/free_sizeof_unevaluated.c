/* TRUTH: free — the operand of sizeof is not evaluated, so the thread never writes g */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { size_t s = sizeof(g++); return (void *)s; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}

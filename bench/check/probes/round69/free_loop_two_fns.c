/* TRUTH: free — the loop starts a once and b once; only a writes g, and main reads g only after joining both */
#include <pthread.h>
#include <stdio.h>
int g;
void *a(void *p) { g++; return 0; }
void *b(void *p) { return 0; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, i == 0 ? a : b, 0);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  printf("%d\n", g);
  return 0;
}

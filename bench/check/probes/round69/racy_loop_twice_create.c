/* TRUTH: racy — the loop runs twice, two instances of w increment g concurrently */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { g++; return 0; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, w, 0);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  printf("%d\n", g);
  return 0;
}

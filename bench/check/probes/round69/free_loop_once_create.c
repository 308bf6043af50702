/* TRUTH: free — the loop runs once, so exactly one instance of w exists and main does not touch g */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { g++; return 0; }
int main(void) {
  pthread_t t[1];
  for (int i = 0; i < 1; i++) pthread_create(&t[i], 0, w, 0);
  for (int i = 0; i < 1; i++) pthread_join(t[i], 0);
  printf("%d\n", g);
  return 0;
}

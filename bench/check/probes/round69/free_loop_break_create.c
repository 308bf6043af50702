/* TRUTH: free — the loop breaks after its first create, one instance of w */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { g++; return 0; }
int main(void) {
  pthread_t t;
  for (int i = 0; i < 5; i++) { pthread_create(&t, 0, w, 0); break; }
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}

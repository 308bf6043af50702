/* TRUTH: free — do { } while (0) runs once, one instance of w writes g */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { g++; return 0; }
int main(void) {
  pthread_t t;
  do { pthread_create(&t, 0, w, 0); } while (0);
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}

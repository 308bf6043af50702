/* TRUTH: free — exit(0) is called before the second thread would be created, so only one writer thread ever exists and main does not touch g after */
#include <pthread.h>
#include <stdlib.h>
int g;
void *t(void *a) { g++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_join(a, 0);
  exit(0);
  pthread_create(&b, 0, t, 0);
  g = 3;
  pthread_join(b, 0); return 0;
}

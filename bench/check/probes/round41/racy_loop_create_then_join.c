/* TRUTH: racy — three workers are all created before any join; their g++ (line 4) race with each other. */
#include <pthread.h>
int g;
void *w(void *a) { g++; return 0; }
int main(void) { pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, w, 0);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return g; }

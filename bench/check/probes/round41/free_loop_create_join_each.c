/* TRUTH: free — each iteration creates a worker and joins it before the next create, so the writes g++ (line 4) of successive workers are ordered by join/create. */
#include <pthread.h>
int g;
void *w(void *a) { g++; return 0; }
int main(void) { pthread_t t;
  for (int i = 0; i < 3; i++) { pthread_create(&t, 0, w, 0); pthread_join(t, 0); }
  return g; }

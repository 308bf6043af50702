/* TRUTH: free — main writes g only after tryjoin succeeded (loop until 0) */
#define _GNU_SOURCE
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  while (pthread_tryjoin_np(t, 0) != 0) ;
  g = 2;
  return g;
}

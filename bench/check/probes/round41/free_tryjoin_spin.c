/* TRUTH: free — main spins on pthread_tryjoin_np until it succeeds (joins the thread), then writes x (line 9); the thread's write (line 5) happens-before. */
#define _GNU_SOURCE
#include <pthread.h>
int x;
void *w(void *a) { x = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0);
  while (pthread_tryjoin_np(t, 0) != 0)
    ;
  x = 2; return x; }

/* TRUTH: free — main's local `box` is written by the worker (line 4) and read by main (line 6) only after pthread_join. */
#include <pthread.h>
int r;
void *w(void *a) { int *p = a; *p = 8; return 0; }
int main(void) { pthread_t t; int box = 0; pthread_create(&t, 0, w, &box);
  pthread_join(t, 0);
  r = box; return r; }

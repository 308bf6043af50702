/* TRUTH: racy — main's local `box` is passed by address; the worker writes *p (line 4) while main reads box (line 6) before joining. */
#include <pthread.h>
int r;
void *w(void *a) { int *p = a; *p = 8; return 0; }
int main(void) { pthread_t t; int box = 0; pthread_create(&t, 0, w, &box);
  r = box;
  pthread_join(t, 0); return r; }

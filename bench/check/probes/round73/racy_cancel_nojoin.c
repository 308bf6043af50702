/* TRUTH: racy — main cancels but does not join before reading g (line 7); worker writes g (line 5) before its first cancellation point */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int g;
void *w(void *x){ g = 1; for (;;) pthread_testcancel(); return 0; }
int main(void){ pthread_t a; pthread_create(&a,0,w,0); pthread_cancel(a);
  int v = g; pthread_join(a,0); return v; }

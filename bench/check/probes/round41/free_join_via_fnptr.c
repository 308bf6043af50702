/* TRUTH: free — main joins the thread through a function pointer to pthread_join, then writes x (line 8); the worker's write (line 4) is ordered by that join. */
#include <pthread.h>
int x;
void *w(void *a) { x = 1; return 0; }
int main(void) { pthread_t t; int (*join)(pthread_t, void **) = pthread_join;
  pthread_create(&t, 0, w, 0);
  join(t, 0);
  x = 2; return x; }

/* TRUTH: free — the join is evaluated inside assert (NDEBUG not defined), so main's write x=2 (line 8) follows the worker's write (line 5). */
#include <pthread.h>
#include <assert.h>
int x;
void *w(void *a) { x = 1; return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, w, 0);
  assert(pthread_join(t, 0) == 0);
  x = 2; return x; }

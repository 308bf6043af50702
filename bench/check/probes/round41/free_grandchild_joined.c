/* TRUTH: free — child joins the grandchild before returning; main joins child, then writes x (line 8); grandchild's write (line 4) is ordered by both joins. */
#include <pthread.h>
int x;
void *grand(void *a) { x = 1; return 0; }
void *child(void *a) { pthread_t g; pthread_create(&g, 0, grand, 0); pthread_join(g, 0); return 0; }
int main(void) { pthread_t c; pthread_create(&c, 0, child, 0);
  pthread_join(c, 0);
  x = 2; return 0; }

/* TRUTH: racy — child starts grandchild and returns without joining it; main joins only the child, then writes x (line 8) while the grandchild may still write x (line 4). */
#include <pthread.h>
int x;
void *grand(void *a) { x = 1; return 0; }
void *child(void *a) { pthread_t g; pthread_create(&g, 0, grand, 0); pthread_detach(g); return 0; }
int main(void) { pthread_t c; pthread_create(&c, 0, child, 0);
  pthread_join(c, 0);
  x = 2; return 0; }

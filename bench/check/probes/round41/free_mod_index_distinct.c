/* TRUTH: free — ids 1 and 2 map to slot[1] and slot[0] (id % 2, line 5): distinct elements. */
#include <pthread.h>
int slot[2];
void *w(void *a) { long id = (long)a;
  slot[id % 2] += 1; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)1); pthread_create(&q, 0, w, (void *)2); pthread_join(p, 0); pthread_join(q, 0); return slot[0] + slot[1]; }

/* TRUTH: racy — ids 0 and 2 map to slot[id % 2] = slot[0] for both (line 5). */
#include <pthread.h>
int slot[2];
void *w(void *a) { long id = (long)a;
  slot[id % 2] += 1; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)2); pthread_join(p, 0); pthread_join(q, 0); return slot[0]; }

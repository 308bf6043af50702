/* TRUTH: free — thread id writes slot[id ^ 1] (line 5): id 0 writes slot[1], id 1 writes slot[0]. */
#include <pthread.h>
int slot[2];
void *w(void *a) { int id = (int)(long)a;
  slot[id ^ 1] = id; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, w, (void *)0); pthread_create(&q, 0, w, (void *)1); pthread_join(p, 0); pthread_join(q, 0); return slot[0]; }

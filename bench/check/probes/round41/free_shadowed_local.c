/* TRUTH: free — in t2 the block-scope `int x` shadows the global; t2's write (line 5) is to its own local, only t1 writes global x (line 4). */
#include <pthread.h>
int x; int r;
void *t1(void *a) { x = 1; return 0; }
void *t2(void *a) { { int x = 0; x = 7; r = x; } return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return x + r; }

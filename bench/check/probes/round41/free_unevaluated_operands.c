/* TRUTH: free — t2 never evaluates g: sizeof g, _Generic's controlling expression and &g are not accesses (line 5); only t1 writes g (line 4). */
#include <pthread.h>
int g; long r; int *pg;
void *t1(void *a) { g = 1; return 0; }
void *t2(void *a) { r = sizeof g + _Generic(g, int: 1, default: 2); pg = &g; return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return (int)r; }

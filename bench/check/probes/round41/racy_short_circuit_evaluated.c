/* TRUTH: racy — in t2, `1 && g` evaluates g (line 5), a read concurrent with t1's write g=1 (line 4). */
#include <pthread.h>
int g; int r;
void *t1(void *a) { g = 1; return 0; }
void *t2(void *a) { r = (1 && g) + (0 || g); return 0; }
int main(void) { pthread_t p, q; pthread_create(&p, 0, t1, 0); pthread_create(&q, 0, t2, 0); pthread_join(p, 0); pthread_join(q, 0); return r; }

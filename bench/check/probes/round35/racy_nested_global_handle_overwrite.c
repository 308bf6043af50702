/* TRUTH: racy — parent starts c1 (writes g) into the global handle gh and then c2 into gh, overwriting it; main joins parent then gh (only c2), so c1's `g = 1` races with main's `g = 3`. gh's own writes are ordered by the join of parent. */
#include <pthread.h>
int g;
pthread_t gh;
void *c1(void *a) { g = 1; return 0; }
void *c2(void *a) { return 0; }
void *parent(void *a)
{
    pthread_create(&gh, 0, c1, 0);
    pthread_create(&gh, 0, c2, 0);
    return 0;
}
int main(void)
{
    pthread_t p;
    pthread_create(&p, 0, parent, 0);
    pthread_join(p, 0);
    pthread_join(gh, 0);
    g = 3;
    return g;
}

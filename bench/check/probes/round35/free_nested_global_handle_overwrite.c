/* TRUTH: free — parent joins c1 before reusing gh for c2; main joins parent then gh (c2). c1's `g = 1` is before parent's end; c2 does not touch g; main's `g = 3` is after both. */
#include <pthread.h>
int g;
pthread_t gh;
void *c1(void *a) { g = 1; return 0; }
void *c2(void *a) { return 0; }
void *parent(void *a)
{
    pthread_create(&gh, 0, c1, 0);
    pthread_join(gh, 0);
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

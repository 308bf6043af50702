/* TRUTH: racy — 1[s].v is s[1].v; t1 writes 1[s].v, t2 writes s[1].v, unordered. */
#include <pthread.h>
struct S { int v; } s[2];
void *t1(void *p) { 1[s].v = 1; return 0; }
void *t2(void *p) { s[1].v = 2; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return s[1].v;
}

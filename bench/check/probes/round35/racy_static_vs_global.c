/* TRUTH: racy — g() declares `extern int hits` (the global) instead of a static, so t1's `hits++` and t2's `hits++` in g touch the same global, unordered. */
#include <pthread.h>
int hits;
void g(void) { extern int hits; hits++; }
void *t1(void *p) { hits++; return 0; }
void *t2(void *p) { g(); return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return hits;
}

/* TRUTH: racy — t1's struct copy `a = src` reads src.y while t2 writes `src.y = 5`, unordered. */
#include <pthread.h>
struct P { int x, y; } src = { 1, 2 }, a, b;
void *t1(void *p) { a = src; return 0; }
void *t2(void *p) { src.y = 5; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return a.x + b.y;
}

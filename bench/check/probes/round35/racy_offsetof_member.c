/* TRUTH: racy — t1 writes *(int *)((char *)&a + offsetof(struct A, y)), which is a.y; t2 writes a.y; unordered. */
#include <pthread.h>
#include <stddef.h>
struct A { int x; int y; } a;
void *t1(void *p) { *(int *)((char *)&a + offsetof(struct A, y)) = 1; return 0; }
void *t2(void *p) { a.y = 2; return 0; }
int main(void)
{
    pthread_t u, v;
    pthread_create(&u, 0, t1, 0);
    pthread_create(&v, 0, t2, 0);
    pthread_join(u, 0);
    pthread_join(v, 0);
    return a.x + a.y;
}

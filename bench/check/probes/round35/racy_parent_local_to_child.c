/* TRUTH: racy — x is a `static` local of parent, shared by both parent instances; parent 1's child's `*(int *)a = 1` and parent 2's `x++` (or its child's write) are unordered. */
#include <pthread.h>
void *child(void *a) { *(int *)a = 1; return 0; }
void *parent(void *a)
{
    static int x = 0;
    pthread_t c;
    pthread_create(&c, 0, child, &x);
    pthread_join(c, 0);
    x++;
    return 0;
}
int main(void)
{
    pthread_t p1, p2;
    pthread_create(&p1, 0, parent, 0);
    pthread_create(&p2, 0, parent, 0);
    pthread_join(p1, 0);
    pthread_join(p2, 0);
    return 0;
}

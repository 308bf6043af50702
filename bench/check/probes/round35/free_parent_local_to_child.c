/* TRUTH: free — each parent instance has its own automatic x, hands &x to its own child and joins it before `x++`; the two parents' x are different objects and parent/child accesses are ordered by create/join. */
#include <pthread.h>
void *child(void *a) { *(int *)a = 1; return 0; }
void *parent(void *a)
{
    int x = 0;
    pthread_t c;
    pthread_create(&c, 0, child, &x);
    pthread_join(c, 0);
    x++;
    return (void *)(long)x;
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

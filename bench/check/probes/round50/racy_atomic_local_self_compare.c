/* TRUTH: racy — r is read twice while the thread may change it between the reads, so r != r can hold; then main's x = 2 races with the thread's x = 1 */
#include <pthread.h>
#include <stdatomic.h>
int x;
void *t(void *a)
{
    _Atomic int *p = a;
    atomic_store(p, 1);
    x = 1;
    return 0;
}
int main()
{
    pthread_t h;
    _Atomic int r = 0;
    pthread_create(&h, 0, t, (void *)&r);
    if (r != r)
        x = 2;
    pthread_join(h, 0);
    return 0;
}

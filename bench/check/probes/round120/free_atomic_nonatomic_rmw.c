/* TRUTH: free — c is _Atomic, so c = c + 1 is an atomic load followed by an atomic store: lost updates are possible but there is no data race */
#include <pthread.h>
#include <stdatomic.h>

_Atomic int c;

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++)
        c = c + 1;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, 0);
    pthread_create(&b, 0, worker, 0);
    int peek = c;
    pthread_join(a, 0);
    pthread_join(b, 0);
    return c >= peek ? 0 : 1;
}

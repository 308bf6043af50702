/* TRUTH: free — w is started with (void *)1, so `assert(a == 0)` always fails and aborts before w's `g = 1`; that write never happens. */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int g;

void *w(void *a)
{
    assert(a == 0);
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, (void *)1);
    g = 2;
    pthread_join(t, 0);
    return g;
}

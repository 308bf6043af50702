/* TRUTH: free — w is started with (void *)1, so `if ((long)a == 1) abort();` always terminates the process from w before w's `g = 1`; w's write never happens (main's `g = 2` has no partner). */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int g;

void *w(void *a)
{
    if ((long)a == 1)
        abort();
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

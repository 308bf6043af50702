/* TRUTH: racy — w is started with (void *)0, so `if ((long)a == 1) abort();` is not taken and w writes `g = 1` concurrently with main's `g = 2`. */
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
    pthread_create(&t, 0, w, (void *)0);
    g = 2;
    pthread_join(t, 0);
    return g;
}

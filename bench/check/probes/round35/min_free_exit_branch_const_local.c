/* TRUTH: free — const int stop = 1: `if (stop) pthread_exit(0);` always ends w before its `g = 1`; only main writes g. */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int g;

void *w(void *a)
{
    const int stop = 1;
    if (stop)
        pthread_exit(0);
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, 0);
    g = 2;
    pthread_join(t, 0);
    return g;
}

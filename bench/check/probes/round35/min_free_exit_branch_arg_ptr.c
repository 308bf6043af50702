/* TRUTH: free — w is started with &g (never null), so `if (a) pthread_exit(0);` always ends it before `g = 1`. */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int g;

void *w(void *a)
{
    if (a)
        pthread_exit(0);
    g = 1;
    return 0;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, w, &g);
    g = 2;
    pthread_join(t, 0);
    return g;
}

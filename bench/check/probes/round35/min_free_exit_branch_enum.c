/* TRUTH: free — STOP is the enumeration constant 1, so `if (STOP) pthread_exit(0);` always ends w before `g = 1`. */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int g;
enum { STOP = 1 };
void *w(void *a)
{
    if (STOP)
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

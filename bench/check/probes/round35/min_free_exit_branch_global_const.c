/* TRUTH: free — the file-scope static const one is 1, so `if (one) pthread_exit(0);` always ends w before `g = 1`; only main writes g. */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int g;
static const int one = 1;
void *w(void *a)
{
    if (one)
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

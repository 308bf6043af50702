/* TRUTH: free — the loop runs once (k = 0 < 1) and calls pthread_exit in its body unless k != 0, which never holds, so w always ends before `g = 1`. */
#include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int g;

void *w(void *a)
{
    for (int k = 0; k < 1; k++)
        if (k == 0)
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

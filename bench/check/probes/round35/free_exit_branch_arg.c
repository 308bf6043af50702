/* TRUTH: free — w is only ever started with (void *)1, so `if ((long)a) pthread_exit(0);` always ends it before `g = 1`; only main writes g. */
#include <pthread.h>
int g;
void *w(void *a)
{
    if ((long)a)
        pthread_exit(0);
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

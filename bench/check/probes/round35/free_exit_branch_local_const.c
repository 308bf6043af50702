/* TRUTH: free — in w, the local stop is always 1, so `if (stop) pthread_exit(0);` always ends the thread and `g = 1` never executes; only main writes g. */
#include <pthread.h>
int g;
void *w(void *a)
{
    int stop = 1;
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

/* TRUTH: racy — stop is 0, so w does not exit and executes `g = 1`, concurrently with main's `g = 2`. */
#include <pthread.h>
int g;
void *w(void *a)
{
    int stop = 0;
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

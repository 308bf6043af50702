/* TRUTH: racy — w is started with (void *)0, so it does not exit and writes `g = 1`, concurrently with main's `g = 2`. */
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
    pthread_create(&t, 0, w, (void *)0);
    g = 2;
    pthread_join(t, 0);
    return g;
}

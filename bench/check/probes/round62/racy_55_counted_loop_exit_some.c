/* TRUTH: racy — for (i = 0; i < n; i++) pthread_exit(NULL) with n = id: the instance given 0 skips the loop and writes g, and so does main, unsynchronized */
#include <pthread.h>
static int g;
static void *quit(void *arg)
{
    int n = (int)(long)arg;
    for (int i = 0; i < n; i++)
        pthread_exit(NULL);
    g = n + 1;
    return NULL;
}
int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, quit, (void *)0L);
    g = 2;
    pthread_join(t, NULL);
    return g;
}

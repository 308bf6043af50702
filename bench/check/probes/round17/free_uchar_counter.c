/* Race-free: the sweep writes buf[250..255] only (int counter), poke writes buf[3]. */
#include <pthread.h>
#include <stdio.h>
int buf[256];
static void *sweep(void *arg)
{
    (void)arg;
    for (int c = 250; c < 256; c++)
        buf[c] = 1;
    return NULL;
}
static void *poke(void *arg)
{
    (void)arg;
    buf[3] = 2;
    return NULL;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, sweep, NULL);
    pthread_create(&t2, NULL, poke, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", buf[3]);
    return 0;
}

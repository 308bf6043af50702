/* Racy: the unsigned char counter wraps from 255 to 0, so the worker also writes buf[3], which main's thread writes too. */
#include <pthread.h>
#include <stdio.h>
int buf[256];
static void *sweep(void *arg)
{
    (void)arg;
    for (unsigned char c = 250; c < 300; c++) {
        buf[c] = 1;
        if (c == 10)
            break;
    }
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

/* Racy: the unsigned char counter counting down past 0 wraps to 255, so the sweep also writes buf[200], which the other thread writes. */
#include <pthread.h>
#include <stdio.h>
int buf[256];
static void *sweep(void *arg)
{
    (void)arg;
    for (unsigned char c = 3; c >= 0; c--) {
        buf[c] = 1;
        if (c == 200)
            break;
    }
    return NULL;
}
static void *poke(void *arg)
{
    (void)arg;
    buf[200] = 2;
    return NULL;
}
int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, sweep, NULL);
    pthread_create(&t2, NULL, poke, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", buf[200]);
    return 0;
}

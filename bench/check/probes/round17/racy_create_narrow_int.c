/* Racy: ids 0 and 65536 handed out, but the thread stores its id in an unsigned short, so both threads use slot 0. */
#include <pthread.h>
#include <stdio.h>
#define T 2
int out[4];
static void *work(void *arg)
{
    unsigned short id = (unsigned short)(long)arg;
    out[id] += 1;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)(65536 * i));
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[0]);
    return 0;
}

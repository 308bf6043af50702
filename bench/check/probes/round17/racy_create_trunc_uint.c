/* Racy: ids handed out as i * 2^32 collapse to 0 in the thread's unsigned int, so both threads write out[0]. */
#include <pthread.h>
#include <stdio.h>
#define T 2
int out[4];
static void *work(void *arg)
{
    unsigned slot = (unsigned)(unsigned long)arg;
    out[slot] += 1;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (unsigned long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)(i << 32));
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[0]);
    return 0;
}

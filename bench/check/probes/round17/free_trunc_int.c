/* Race-free: values i + 1 are handed out and kept as int, so each thread writes its own out[slot]. */
#include <pthread.h>
#include <stdio.h>
#define T 3
int out[4];
static void *work(void *arg)
{
    int slot = (int)(long)arg;
    out[slot] += 1;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)(i + 1));
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[1]);
    return 0;
}

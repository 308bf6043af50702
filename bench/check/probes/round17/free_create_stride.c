/* Race-free: ids 2*i are handed out, each thread writes out[id] and out[id + 1], two cells of its own. */
#include <pthread.h>
#include <stdio.h>
#define T 4
int out[2 * T];
static void *work(void *arg)
{
    long id = (long)arg;
    out[id] = 1;
    out[id + 1] = 2;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)(2 * i));
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[0]);
    return 0;
}

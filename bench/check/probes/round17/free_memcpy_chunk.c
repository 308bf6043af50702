/* Race-free: each thread copies exactly CH ints into its own chunk &out[id*CH]. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define T 4
#define CH 8
int out[(T + 1) * CH];
static void *work(void *arg)
{
    int id = (int)(long)arg;
    int tmp[CH];
    for (int i = 0; i < CH; i++)
        tmp[i] = id;
    for (int i = 0; i < CH; i++)
        out[id * CH + i] = 0;
    memcpy(&out[id * CH], tmp, sizeof tmp);
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[CH]);
    return 0;
}

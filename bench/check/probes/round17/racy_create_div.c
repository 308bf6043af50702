/* Racy: the create loop hands out i / 2, so threads 0 and 1 both get id 0 and write out[0]. */
#include <pthread.h>
#include <stdio.h>
#define T 4
int out[T];
static void *work(void *arg)
{
    long id = (long)arg;
    out[id] += 1;
    return NULL;
}
int main(void)
{
    pthread_t t[T];
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, work, (void *)(i / 2));
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[0]);
    return 0;
}

/* TRUTH: racy — three threads with ids 0,1,2 write slot[id % 2]; threads 0 and 2 both write slot[0] concurrently. */
#include <pthread.h>
#include <stdio.h>

#define NT 3
static int slot[2];

static void *fill(void *arg)
{
    int id = (int)(long)arg;
    slot[id % 2] = id * 10;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, fill, (void *)i);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", slot[0], slot[1]);
    return 0;
}

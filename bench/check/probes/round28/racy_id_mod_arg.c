/* TRUTH: racy. The create loop hands out (i % 2): threads 0 and 2 both get id 0 and both
   write slot[0] without a lock. */
#include <pthread.h>
#include <stdio.h>

#define NT 4

static int slot[2];

static void *work(void *arg)
{
    long id = (long)arg;
    slot[id] = (int)id + 10;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    long i;
    for (i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, work, (void *)(i % 2));
    for (i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", slot[0], slot[1]);
    return 0;
}

/* TRUTH: race-free. The first thread is given (unsigned char)258 = 2, the second 258: they write slot[2] and slot[258]. */
#include <pthread.h>
#include <stdio.h>

static int slot[300];

static void *worker(void *arg)
{
    long id = (long)arg;
    slot[id] = (int)id;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)(long)(unsigned char)258);
    pthread_create(&b, NULL, worker, (void *)258);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", slot[2], slot[258]);
    return 0;
}

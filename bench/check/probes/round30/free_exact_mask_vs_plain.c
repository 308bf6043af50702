/* TRUTH: race-free. Both threads get 5; 'masked' writes ring[id & 3] = ring[1], 'plain' writes ring[id] = ring[5]. */
#include <pthread.h>
#include <stdio.h>

static int ring[8];

static void *masked(void *arg)
{
    long id = (long)arg;
    ring[id & 3] = 1;
    return NULL;
}

static void *plain(void *arg)
{
    long id = (long)arg;
    ring[id] = 2;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, masked, (void *)5);
    pthread_create(&b, NULL, plain, (void *)5);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", ring[1], ring[5]);
    return 0;
}

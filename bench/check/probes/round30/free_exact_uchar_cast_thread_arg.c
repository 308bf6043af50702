/* TRUTH: race-free. Both threads get 257; 'narrow' writes slot[(unsigned char)id] = slot[1], 'wide' writes slot[id] = slot[257]: different elements. */
#include <pthread.h>
#include <stdio.h>

static int slot[300];

static void *narrow(void *arg)
{
    long id = (long)arg;
    slot[(unsigned char)id] = 1;
    return NULL;
}

static void *wide(void *arg)
{
    long id = (long)arg;
    slot[id] = 2;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, narrow, (void *)257);
    pthread_create(&b, NULL, wide, (void *)257);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", slot[1], slot[257]);
    return 0;
}

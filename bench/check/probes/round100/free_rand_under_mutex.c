/* TRUTH: free — rand() is only called with rng_lock held, and dice[] slots are per-thread */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t rng_lock = PTHREAD_MUTEX_INITIALIZER;
static int dice[3];

static int roll(void)
{
    int r;
    pthread_mutex_lock(&rng_lock);
    r = rand() % 6 + 1;
    pthread_mutex_unlock(&rng_lock);
    return r;
}

static void *player(void *arg)
{
    int id = (int)(long)arg;
    int s = 0;
    for (int i = 0; i < 10; i++)
        s += roll();
    dice[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    srand(42);
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, player, (void *)i);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", dice[0], dice[1], dice[2]);
    return 0;
}

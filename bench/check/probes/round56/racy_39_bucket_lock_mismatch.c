/* TRUTH: racy — move() locks bucket_lock[from] but increments count[to] (a different bucket's counter) under it; thread moving 0->1 writes count[1] under lock 0 while thread moving 1->0 writes count[1] (decrement of from=1) under lock 1; the two threads race on count[1]. */
#include <pthread.h>
#include <stdio.h>

#define NB 2
static pthread_mutex_t bucket_lock[NB] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int count[NB] = { 10, 10 };

static void move(int from, int to)
{
    pthread_mutex_lock(&bucket_lock[from]);
    count[from]--;
    count[to]++;
    pthread_mutex_unlock(&bucket_lock[from]);
}

static void *mover(void *arg)
{
    int from = (int)(long)arg;
    for (int i = 0; i < 5; i++)
        move(from, 1 - from);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, mover, (void *)0L);
    pthread_create(&b, NULL, mover, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", count[0], count[1]);
    return 0;
}

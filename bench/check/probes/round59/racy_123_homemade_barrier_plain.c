/* TRUTH: racy — a hand-rolled barrier uses the plain int arrived: each thread does arrived++ under am but then spins reading arrived WITHOUT the lock (while (arrived < 2)); the unlocked spin read races with the other thread's locked increment. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t am = PTHREAD_MUTEX_INITIALIZER;
static int arrived;
static int phase1[2];
static int phase2[2];

static void *member(void *a)
{
    int id = (int)(long)a;
    phase1[id] = id + 5;
    pthread_mutex_lock(&am);
    arrived++;
    pthread_mutex_unlock(&am);
    while (arrived < 2)
        ;
    phase2[id] = phase1[1 - id];
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, member, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", phase2[0], phase2[1]);
    return 0;
}

/* TRUTH: free — ping and pong alternate: each writes the plain court[] buffer only when turn == its id, which it observes under tm, and hands the turn over under tm after finishing; the mutex chain orders each writer's accesses before the other's. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t tm = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t tc = PTHREAD_COND_INITIALIZER;
static int turn;
static int court[4];

static void *player(void *a)
{
    int me = (int)(long)a;
    for (int round = 0; round < 5; round++) {
        pthread_mutex_lock(&tm);
        while (turn != me)
            pthread_cond_wait(&tc, &tm);
        pthread_mutex_unlock(&tm);

        for (int i = 0; i < 4; i++)
            court[i] += me + 1;

        pthread_mutex_lock(&tm);
        turn = 1 - me;
        pthread_cond_broadcast(&tc);
        pthread_mutex_unlock(&tm);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, player, (void *)0L);
    pthread_create(&b, NULL, player, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", court[0]);
    return 0;
}

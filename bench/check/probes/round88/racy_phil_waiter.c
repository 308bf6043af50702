/* Racy: the philosopher returns its forks to the waiter before it finishes bookkeeping,
   so fork_uses[r] is incremented after another philosopher may already own fork r. */
#include <pthread.h>
#include <stdio.h>

#define N 5
#define ROUNDS 20

static pthread_mutex_t waiter = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t freed = PTHREAD_COND_INITIALIZER;
static int in_use[N];
static int fork_uses[N];

static void take(int l, int r)
{
    pthread_mutex_lock(&waiter);
    while (in_use[l] || in_use[r])
        pthread_cond_wait(&freed, &waiter);
    in_use[l] = in_use[r] = 1;
    pthread_mutex_unlock(&waiter);
}

static void put(int l, int r)
{
    pthread_mutex_lock(&waiter);
    in_use[l] = in_use[r] = 0;
    pthread_cond_broadcast(&freed);
    pthread_mutex_unlock(&waiter);
}

static void *philosopher(void *arg)
{
    int id = (int)(long)arg;
    int l = id, r = (id + 1) % N;
    for (int i = 0; i < ROUNDS; i++) {
        take(l, r);
        fork_uses[l]++;
        put(l, r);
        fork_uses[r]++;     /* BUG: fork r already handed back */
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int s = 0;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, philosopher, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++)
        s += fork_uses[i];
    printf("%d\n", s);
    return 0;
}

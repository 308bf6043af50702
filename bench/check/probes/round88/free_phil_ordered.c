/* Race-free: dining philosophers, each picks up the lower-numbered fork first; the
   per-fork use counter fork_uses[f] is only touched while holding fork[f]'s mutex,
   meals[id] belongs to one philosopher and is read by main after join. */
#include <pthread.h>
#include <stdio.h>

#define N 5
#define ROUNDS 30

static pthread_mutex_t fork_m[N];
static int fork_uses[N];
static int meals[N];

static void *philosopher(void *arg)
{
    int id = (int)(long)arg;
    int left = id, right = (id + 1) % N;
    int first = left < right ? left : right;
    int second = left < right ? right : left;

    for (int r = 0; r < ROUNDS; r++) {
        pthread_mutex_lock(&fork_m[first]);
        pthread_mutex_lock(&fork_m[second]);
        fork_uses[left]++;
        fork_uses[right]++;
        meals[id]++;
        pthread_mutex_unlock(&fork_m[second]);
        pthread_mutex_unlock(&fork_m[first]);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int total = 0;
    for (int i = 0; i < N; i++)
        pthread_mutex_init(&fork_m[i], NULL);
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, philosopher, (void *)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++)
        total += meals[i] + fork_uses[i];
    printf("%d\n", total);
    return 0;
}

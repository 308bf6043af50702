/* TRUTH: race-free. Each philosopher takes the lower-numbered fork first (no deadlock); meals[] element of its own (id from &ids[i]); total_meals under table_lock; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

#define NPHIL 5
#define ROUNDS 50

static pthread_mutex_t forks[NPHIL];
static pthread_mutex_t table_lock = PTHREAD_MUTEX_INITIALIZER;
static int meals[NPHIL];
static long total_meals;

static void eat(int id)
{
    meals[id]++;
    pthread_mutex_lock(&table_lock);
    total_meals++;
    pthread_mutex_unlock(&table_lock);
}

static void *philosopher(void *arg)
{
    int id = *(int *)arg;
    int left = id, right = (id + 1) % NPHIL;
    int first = left < right ? left : right;
    int second = left < right ? right : left;
    for (int r = 0; r < ROUNDS; r++) {
        pthread_mutex_lock(&forks[first]);
        pthread_mutex_lock(&forks[second]);
        eat(id);
        pthread_mutex_unlock(&forks[second]);
        pthread_mutex_unlock(&forks[first]);
    }
    return NULL;
}

int main(void)
{
    pthread_t th[NPHIL];
    int ids[NPHIL];
    for (int i = 0; i < NPHIL; i++)
        pthread_mutex_init(&forks[i], NULL);
    for (int i = 0; i < NPHIL; i++) {
        ids[i] = i;
        pthread_create(&th[i], NULL, philosopher, &ids[i]);
    }
    for (int i = 0; i < NPHIL; i++)
        pthread_join(th[i], NULL);
    printf("%ld\n", total_meals);
    for (int i = 0; i < NPHIL; i++)
        printf("%d ", meals[i]);
    printf("\n");
    return 0;
}

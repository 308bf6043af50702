/* TRUTH: racy. first reads phase == 0 before the barrier, second sets phase = 1 between the two barrier waits; after the second wait first sees phase == 1 and increments score, while second increments score after its second wait too: both score++ are after the same barrier, unordered. */
#include <pthread.h>
#include <stdio.h>

pthread_barrier_t bar;
int phase;
int score;

void *first(void *arg)
{
    (void)arg;
    if (phase == 0) {
        pthread_barrier_wait(&bar);
        pthread_barrier_wait(&bar);
        if (phase == 1)
            score++;
    }
    return NULL;
}

void *second(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&bar);
    phase = 1;
    pthread_barrier_wait(&bar);
    score++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&a, NULL, first, NULL);
    pthread_create(&b, NULL, second, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", score);
    return 0;
}

/* TRUTH: free — as racy_sem_post_overflow but the semaphore starts at 0, so sem_post succeeds and on_post() writes nothing */
#include <limits.h>
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t s;
static int overflows;

static void on_post(int rc)
{
    if (rc != 0)
        overflows++;
}

static void *worker(void *arg)
{
    (void)arg;
    int rc = sem_post(&s);
    on_post(rc);
    return NULL;
}

int main(void)
{
    sem_init(&s, 0, 0);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    overflows++;
    pthread_join(t, NULL);
    printf("%d\n", overflows);
    return 0;
}

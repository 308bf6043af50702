/* TRUTH: free — as racy_own_sem_init but the program's own sem_init is given 0, so on_rc() writes nothing in the worker */
#include <pthread.h>
#include <stdio.h>

static int failures;

static int sem_init(int code) /* the program's own: <semaphore.h> is not included */
{
    return code;
}

static void on_rc(int rc)
{
    if (rc != 0)
        failures++;
}

static void *worker(void *arg)
{
    (void)arg;
    on_rc(sem_init(0));
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    failures++;
    pthread_join(t, NULL);
    printf("%d\n", failures);
    return 0;
}

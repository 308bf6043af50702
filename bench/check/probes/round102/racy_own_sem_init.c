/* TRUTH: racy — sem_init here is the program's own function (no <semaphore.h>), returning its argument 3, so on_rc() writes failures in the worker while main writes it unlocked */
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
    on_rc(sem_init(3));
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

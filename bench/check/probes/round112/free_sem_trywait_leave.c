/* TRUTH: free — s starts at 1 and only the worker takes it, so its sem_trywait succeeds and leave_on_zero ends it before it writes shared */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
static sem_t s;
static int shared;
static void leave_on_zero(int rc)
{
    if (rc)
        return;
    pthread_exit(0);
}
static void *worker(void *arg)
{
    (void)arg;
    leave_on_zero(sem_trywait(&s));
    shared = 1;
    return 0;
}
int main(void)
{
    sem_init(&s, 0, 1);
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    shared = 2;
    pthread_join(t, 0);
    printf("%d\n", shared);
    return 0;
}

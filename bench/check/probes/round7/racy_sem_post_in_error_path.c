/* TRUTH: racy. on the error path the worker posts early and then posts again at the end, so the semaphore reaches 2 and another worker can enter while it updates total. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>
extern int __VERIFIER_nondet_int(void);
static sem_t s;
static int total;
static int errors;

static void *worker(void *arg)
{
    (void)arg;
    int bad = __VERIFIER_nondet_int();
    sem_wait(&s);
    if (bad) {
        errors++;
        sem_post(&s);
    }
    total++;
    sem_post(&s);
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    sem_init(&s, 0, 1);
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", total, errors);
    return 0;
}

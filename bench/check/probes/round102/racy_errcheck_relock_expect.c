/* TRUTH: racy — relocking an error-checking mutex the thread holds returns EDEADLK, so expect_deadlock returns and counter++ runs unlocked in both threads */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t em;
static int counter;

static void expect_deadlock(int rc)
{
    if (rc == 0) {
        fprintf(stderr, "error-checking mutex relocked\n");
        exit(1);
    }
}

static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&em);
    expect_deadlock(pthread_mutex_lock(&em)); /* EDEADLK: returns */
    pthread_mutex_unlock(&em);
    counter++; /* no lock */
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t a;
    pthread_mutexattr_init(&a);
    pthread_mutexattr_settype(&a, PTHREAD_MUTEX_ERRORCHECK);
    pthread_mutex_init(&em, &a);
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    counter++;
    pthread_join(t, NULL);
    printf("%d\n", counter);
    return 0;
}

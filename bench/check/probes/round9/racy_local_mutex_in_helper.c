/* TRUTH: racy. bump() creates a fresh mutex in its own stack frame on every call, so the increments of counter by the two threads are not excluded. */
#include <pthread.h>
#include <stdio.h>

static int counter;

static void bump(int *p)
{
    pthread_mutex_t guard;
    pthread_mutex_init(&guard, NULL);
    pthread_mutex_lock(&guard);
    (*p)++;
    pthread_mutex_unlock(&guard);
    pthread_mutex_destroy(&guard);
}

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++)
        bump(&counter);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}

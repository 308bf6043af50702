/* TRUTH: racy. The thread is started through a function pointer to pthread_create; the worker writes value while main writes it before joining. */
#include <pthread.h>
#include <stdio.h>

typedef int (*create_fn)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *);
static create_fn start_thread = pthread_create;
static int value;

static void *worker(void *arg)
{
    (void)arg;
    value = 5;
    return NULL;
}

int main(void)
{
    pthread_t t;
    start_thread(&t, NULL, worker, NULL);
    value = 6;
    pthread_join(t, NULL);
    printf("%d\n", value);
    return 0;
}

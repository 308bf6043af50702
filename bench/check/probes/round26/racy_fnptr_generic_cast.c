/* TRUTH: racy. registry[0] holds counter_thread (stored as a generic function pointer, cast
   back to its own type at the create); main starts it twice, and both instances run
   `hits++` at the same time. */
#include <pthread.h>
#include <stdio.h>

typedef void (*any_fn)(void);
typedef void *(*start_fn)(void *);

static long hits;

static void *counter_thread(void *arg)
{
    (void)arg;
    hits++;
    return NULL;
}

static void *idle_thread(void *arg)
{
    return arg;
}

static any_fn registry[2] = {(any_fn)counter_thread, (any_fn)idle_thread};
static start_fn fallback = idle_thread;

int main(void)
{
    pthread_t t1, t2, t3;
    pthread_create(&t1, NULL, (start_fn)registry[0], NULL);
    pthread_create(&t2, NULL, (start_fn)registry[0], NULL);
    pthread_create(&t3, NULL, fallback, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    printf("%ld\n", hits);
    return 0;
}

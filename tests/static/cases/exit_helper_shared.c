// A helper that ends the thread on its parameter (leave_if(c) { if (c) pthread_exit(0); })
// called with a value read from shared memory (leave_if(cfg == NULL)) is an assumption, as
// if (cfg == NULL) pthread_exit(0); written in place is: the thread goes on only in runs where
// it held, so what it does next is a possible race, not a definite one. Called with what the
// thread computed itself (a lock call's result), an exit there is an error path, and the
// race after it stays definite.
#include <pthread.h>
#include <stdlib.h>

int *cfg;
int seen, counted;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void leave_if(int c)
{
    if (c)
        pthread_exit(NULL);
}

static void *reader(void *arg)
{
    leave_if(cfg == NULL);
    seen = 2; // RACE (possible)
    return arg;
}

static void *counter(void *arg)
{
    int rc = pthread_mutex_lock(&m);
    leave_if(rc != 0);
    pthread_mutex_unlock(&m);
    counted++; // RACE (definite)
    return arg;
}

int main(int argc, char **argv)
{
    (void)argv;
    static int value = 7;
    if (argc > 1)
        cfg = &value;
    pthread_t a, b;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, counter, NULL);
    seen = 1; // RACE
    counted = 1; // RACE
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

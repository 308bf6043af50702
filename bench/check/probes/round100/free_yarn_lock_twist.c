/* TRUTH: free — yarn-style lock: the writer fills `block` then twist(TO,1); the reader wait_for(TO_BE,1) under possess before reading */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { pthread_mutex_t mutex; pthread_cond_t cond; long value; } lock;
enum twist_op { TO, BY };

static lock *new_lock(long initial)
{
    lock *bolt = malloc(sizeof *bolt);
    if (!bolt || pthread_mutex_init(&bolt->mutex, NULL) || pthread_cond_init(&bolt->cond, NULL))
        abort();
    bolt->value = initial;
    return bolt;
}
static void possess(lock *bolt) { if (pthread_mutex_lock(&bolt->mutex)) abort(); }
static void release(lock *bolt) { if (pthread_mutex_unlock(&bolt->mutex)) abort(); }
static void twist(lock *bolt, enum twist_op op, long val)
{
    bolt->value = op == TO ? val : bolt->value + val;
    if (pthread_cond_broadcast(&bolt->cond))
        abort();
    release(bolt);
}
static void wait_for(lock *bolt, long val)
{
    while (bolt->value != val)
        if (pthread_cond_wait(&bolt->cond, &bolt->mutex))
            abort();
}

static lock *ready;
static char block[128];

static void *writer(void *arg)
{
    (void)arg;
    memset(block, 'x', sizeof block - 1);
    possess(ready);
    twist(ready, TO, 1);
    return NULL;
}

int main(void)
{
    pthread_t w;
    ready = new_lock(0);
    if (pthread_create(&w, NULL, writer, NULL))
        abort();
    possess(ready);
    wait_for(ready, 1);
    release(ready);
    printf("%zu bytes ready\n", strlen(block));
    pthread_join(w, NULL);
    return 0;
}

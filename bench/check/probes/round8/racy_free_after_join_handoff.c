/* TRUTH: racy. The cleanup thread frees the shared buffer without waiting for the user thread, which may still write it. */
#include <pthread.h>
#include <stdlib.h>

typedef struct { int n; int data[16]; } buf_t;
static buf_t *shared;
static pthread_t user_tid;

static void *user(void *arg)
{
    (void)arg;
    for (int i = 0; i < 16; i++)
        shared->data[i] = i;
    shared->n = 16;
    return NULL;
}

static void *cleanup(void *arg)
{
    (void)arg;
    free(shared);
    return NULL;
}

int main(void)
{
    pthread_t c;
    shared = malloc(sizeof *shared);
    if (!shared)
        return 1;
    pthread_create(&user_tid, NULL, user, NULL);
    pthread_create(&c, NULL, cleanup, NULL);
    pthread_join(c, NULL);
    pthread_join(user_tid, NULL);
    return 0;
}

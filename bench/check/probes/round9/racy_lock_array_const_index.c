/* TRUTH: racy. writer_a locks locks[0] and writer_b locks locks[1] while both write shared_val. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int shared_val;

static void *writer_a(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&locks[0]);
    shared_val = 1;
    pthread_mutex_unlock(&locks[0]);
    return NULL;
}

static void *writer_b(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&locks[1]);
    shared_val = 2;
    pthread_mutex_unlock(&locks[1]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, writer_a, NULL);
    pthread_create(&b, NULL, writer_b, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared_val);
    return 0;
}

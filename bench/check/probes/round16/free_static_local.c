// race-free: next_id() increments its static counter under id_lock.
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t id_lock = PTHREAD_MUTEX_INITIALIZER;
static int next_id(void)
{
    static int counter;
    pthread_mutex_lock(&id_lock);
    int id = ++counter;
    pthread_mutex_unlock(&id_lock);
    return id;
}

static void *worker(void *arg)
{
    printf("%d\n", next_id());
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

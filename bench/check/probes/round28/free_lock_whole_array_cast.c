/* TRUTH: race-free. (pthread_mutex_t *)&locks points to locks[0] (the array's first
   element), the same mutex the other thread takes as &locks[0]; both update 'owner' only
   while holding it. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t locks[2] = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER};
static int owner;

static void *first(void *arg)
{
    (void)arg;
    pthread_mutex_lock((pthread_mutex_t *)&locks);
    owner = 1;
    pthread_mutex_unlock((pthread_mutex_t *)&locks);
    return NULL;
}

static void *second(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&locks[0]);
    owner = 2;
    pthread_mutex_unlock(&locks[0]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, first, NULL);
    pthread_create(&b, NULL, second, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", owner);
    return 0;
}

// A mutex handed to a thread as its void * argument, used through a cast there: destroying it
// while that thread may still use it races (TSan's race_on_mutex2); destroying it after the
// join does not.
#include <pthread.h>

static void *use(void *arg)
{
    pthread_mutex_lock((pthread_mutex_t *)arg); // RACE (definite): main destroys it meanwhile
    pthread_mutex_unlock((pthread_mutex_t *)arg);
    return NULL;
}

static void *use_kept(void *arg)
{
    pthread_mutex_lock((pthread_mutex_t *)arg); // NORACE: destroyed after the join
    pthread_mutex_unlock((pthread_mutex_t *)arg);
    return NULL;
}

int main(void)
{
    pthread_mutex_t early, kept;
    pthread_mutex_init(&early, NULL);
    pthread_mutex_init(&kept, NULL);
    pthread_t t, u;
    pthread_create(&t, NULL, use, &early);
    pthread_create(&u, NULL, use_kept, &kept);
    pthread_mutex_destroy(&early); // RACE (definite)
    pthread_join(t, NULL);
    pthread_join(u, NULL);
    pthread_mutex_destroy(&kept); // NORACE
    return 0;
}

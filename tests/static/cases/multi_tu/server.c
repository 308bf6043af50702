// The thread entry lives in this TU; the helper it calls lives in stats.c.
#include "shared.h"

void *serve(void *arg)
{
    (void)arg;
    requests++; // RACE
    pthread_mutex_lock(&served_lock);
    count_served();
    pthread_mutex_unlock(&served_lock);
    return NULL;
}

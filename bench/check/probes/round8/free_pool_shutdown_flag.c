/* TRUTH: free. Workers read the shutdown flag and the task counter under pool_lock; main sets shutdown under the same lock. */
#include <pthread.h>
#include <sched.h>

#define NW 3
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static int shutdown_flag;
static int tasks_left = 100;
static int done_by[NW];

static void *worker(void *arg)
{
    int me = (int)(long)arg;
    for (;;) {
        int have = 0;
        pthread_mutex_lock(&pool_lock);
        if (shutdown_flag) {
            pthread_mutex_unlock(&pool_lock);
            break;
        }
        if (tasks_left > 0) {
            tasks_left--;
            have = 1;
        }
        pthread_mutex_unlock(&pool_lock);
        if (have)
            done_by[me]++;
        else
            sched_yield();
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    int total = 0;
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (;;) {
        int left;
        pthread_mutex_lock(&pool_lock);
        left = tasks_left;
        pthread_mutex_unlock(&pool_lock);
        if (left == 0)
            break;
        sched_yield();
    }
    pthread_mutex_lock(&pool_lock);
    shutdown_flag = 1;
    pthread_mutex_unlock(&pool_lock);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NW; i++)
        total += done_by[i];
    return total != 100;
}

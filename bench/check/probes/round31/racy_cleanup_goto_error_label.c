/* TRUTH: racy. The guard's cleanup unlocks m when 'goto fail' leaves its block; the code at 'fail' writes err_count unlocked (both workers take the error path since budget is 0). */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int budget;
static long err_count;

static void unlock_guard(pthread_mutex_t **l) { pthread_mutex_unlock(*l); }

static int take(void)
{
    {
        pthread_mutex_t *g __attribute__((cleanup(unlock_guard))) = &m;
        pthread_mutex_lock(g);
        if (budget <= 0)
            goto fail;
        budget--;
        return 0;
    }
fail:
    err_count++;
    return -1;
}

static void *worker(void *arg)
{
    (void)arg;
    take();
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", err_count);
    return 0;
}

/* TRUTH: race-free. main ends its own thread (pthread_exit) unless it saw done=1 under m; only then does it start stage2, after stage1's write of result (unlock->lock->create). If main exits, stage2 never starts. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int done;
static long result;

static void *stage1(void *arg)
{
    (void)arg;
    result = 100;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *stage2(void *arg)
{
    (void)arg;
    result += 5;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, stage1, NULL);
    usleep(1000);
    pthread_mutex_lock(&m);
    int d = done;
    pthread_mutex_unlock(&m);
    if (!d)
        pthread_exit(NULL);
    pthread_create(&b, NULL, stage2, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    printf("%ld\n", result);
    return 0;
}

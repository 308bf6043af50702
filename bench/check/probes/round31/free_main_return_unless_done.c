/* TRUTH: race-free. main returns (ending the program) unless it saw done=1 under m; done is set after stage1 wrote result, so stage2 (started only when done was seen) is ordered after stage1's write via unlock->lock->create. */
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
    result *= 2;
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
        return 1;
    pthread_create(&b, NULL, stage2, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    printf("%ld\n", result);
    return 0;
}

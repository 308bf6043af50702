/* TRUTH: race-free. main joins stage1 with pthread_timedjoin_np and exits unless the join succeeded (a joined thread is not joined again). stage1 writes result before setting done under m; main goes on to create stage2 only after it saw done == 1 under m (otherwise the program ends), so stage1's write happens before stage2's. */
#define _GNU_SOURCE
#include <pthread.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int done;
static char status[8];
static long result;

static void *stage1(void *arg)
{
    (void)arg;
    result = 100;
    pthread_mutex_lock(&m);
    done = 1;
    strcpy(status, "ok");
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *stage2(void *arg)
{
    (void)arg;
    result = result * 2;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, stage1, NULL);
    usleep(1000);
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    ts.tv_sec += 5;
    if (pthread_timedjoin_np(a, NULL, &ts) != 0)
        exit(1);
    pthread_create(&b, NULL, stage2, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", result);
    return 0;
}

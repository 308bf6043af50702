/* TRUTH: racy. Same protocol as free_main_helper_return_then_exit.c, but the first thread sets its flag under m BEFORE its plain write (result = 100;); the second thread, started once main saw the flag, accesses the same object concurrently with that write. */
#include <pthread.h>
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
    pthread_mutex_lock(&m);
    done = 1;
    strcpy(status, "ok");
    pthread_mutex_unlock(&m);
    result = 100;
    return NULL;
}

static void *stage2(void *arg)
{
    (void)arg;
    result = result * 2;
    return NULL;
}

static void require_done(void)
{
    pthread_mutex_lock(&m);
    int d = done;
    pthread_mutex_unlock(&m);
    if (d)
        return;
    fprintf(stderr, "stage1 not done\n");
    exit(1);
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, stage1, NULL);
    usleep(1000);
    require_done();
    pthread_create(&b, NULL, stage2, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    printf("%ld\n", result);
    return 0;
}

/* TRUTH: racy. Same protocol as free_main_strcmp_status_exit.c, but the first thread sets its flag under m BEFORE its plain write (result = 100;); the second thread, started once main saw the flag, accesses the same object concurrently with that write. */
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

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, stage1, NULL);
    usleep(1000);
    pthread_mutex_lock(&m);
    int ok = strcmp(status, "ok") == 0;
    pthread_mutex_unlock(&m);
    if (!ok)
        exit(1);
    pthread_create(&b, NULL, stage2, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    printf("%ld\n", result);
    return 0;
}

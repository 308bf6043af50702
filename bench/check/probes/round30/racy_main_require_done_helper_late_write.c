/* TRUTH: racy. The first worker sets done under busy and writes report only after unlocking; main's check of done does not order that later write before the second worker's write of report. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t busy = PTHREAD_MUTEX_INITIALIZER;
static int done;
static long report;

static void *first(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&busy);
    done = 1;
    pthread_mutex_unlock(&busy);
    report = 1;
    return NULL;
}

static void *second(void *arg)
{
    (void)arg;
    report = 2;
    return NULL;
}

static void require_done(void)
{
    pthread_mutex_lock(&busy);
    int d = done;
    pthread_mutex_unlock(&busy);
    if (!d) {
        fputs("first worker not done\n", stderr);
        exit(EXIT_FAILURE);
    }
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, first, NULL);
    usleep(50000);
    require_done();
    pthread_create(&b, NULL, second, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", report);
    return 0;
}

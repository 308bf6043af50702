/* TRUTH: race-free. require_done() returns only if it saw done (if (d) return; exit(1);). stage1 writes result before setting done under m; main goes on to create stage2 only after it saw done == 1 under m (otherwise the program ends), so stage1's write happens before stage2's. */
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

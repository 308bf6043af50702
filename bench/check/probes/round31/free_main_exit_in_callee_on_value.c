/* TRUTH: race-free. main reads done under m, then require() calls exit unless it is 1; stage2 is created only after main saw done=1, which stage1 set after writing total. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int done;
static int total;

static void *stage1(void *arg)
{
    (void)arg;
    total = 10;
    pthread_mutex_lock(&m);
    done = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *stage2(void *arg)
{
    (void)arg;
    total += 1;
    return NULL;
}

static void require(int ok, const char *what)
{
    if (!ok) {
        fprintf(stderr, "not ready: %s\n", what);
        exit(2);
    }
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, stage1, NULL);
    sleep(1);
    pthread_mutex_lock(&m);
    int d = done;
    pthread_mutex_unlock(&m);
    require(d, "stage1");
    pthread_create(&b, NULL, stage2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", total);
    return 0;
}

/* TRUTH: racy — as free_check_helpers_ordinary but the last update (total += 3) is made after the unlock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int total;

static void must(int rc)
{
    if (rc != 0)
        abort();
}
static void expect_ok(int ok)
{
    if (!ok)
        pthread_exit(NULL);
}
static void (*must_p)(int) = must;

static void *worker(void *arg)
{
    (void)arg;
    must(pthread_mutex_lock(&m));
    total++;
    must_p(pthread_mutex_unlock(&m));
    expect_ok(!pthread_mutex_lock(&m));
    total += 2;
    expect_ok(pthread_mutex_unlock(&m) == 0);
    int rc = pthread_mutex_lock(&m);
    must(rc);
    pthread_mutex_unlock(&m);
    total += 3;
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        must(pthread_create(&t[i], NULL, worker, NULL));
    must(pthread_mutex_lock(&m));
    total = total * 1;
    must(pthread_mutex_unlock(&m));
    for (int i = 0; i < 3; i++)
        must(pthread_join(t[i], NULL));
    printf("%d\n", total);
    return 0;
}

/* TRUTH: racy — inc() holds lock_a and dec() holds lock_b while both update `level`; different locks give no mutual exclusion; inc thread vs dec thread. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t lock_a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t lock_b = PTHREAD_MUTEX_INITIALIZER;
static int level = 50;

static void *inc(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock_a);
    level = level + 1;
    pthread_mutex_unlock(&lock_a);
    return NULL;
}

static void *dec(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&lock_b);
    level = level - 1;
    pthread_mutex_unlock(&lock_b);
    return NULL;
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, inc, NULL);
    pthread_create(&y, NULL, dec, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("level=%d\n", level);
    return 0;
}

/* TRUTH: racy — the setter updates `threshold` under mu_a, the checker thread reads it under mu_b (a different mutex, used for its condvar wait); setter write vs checker read. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mu_a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t mu_b = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static int threshold = 10;

static void *setter(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&mu_a);
    threshold = 20;
    pthread_cond_signal(&changed);
    pthread_mutex_unlock(&mu_a);
    return NULL;
}

static void *checker(void *arg)
{
    (void)arg;
    struct timespec ts = { 0, 0 };
    pthread_mutex_lock(&mu_b);
    int tries = 0;
    while (threshold == 10 && tries++ < 3)
        pthread_cond_timedwait(&changed, &mu_b, &ts);
    pthread_mutex_unlock(&mu_b);
    return NULL;
}

int main(void)
{
    pthread_t s, c;
    pthread_create(&c, NULL, checker, NULL);
    pthread_create(&s, NULL, setter, NULL);
    pthread_join(s, NULL);
    pthread_join(c, NULL);
    printf("%d\n", threshold);
    return 0;
}

/* TRUTH: racy — the two workers protect the same total with different mutexes */
#include <pthread.h>
#include <stdio.h>

static int total;
static pthread_mutex_t add_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t sub_lock = PTHREAD_MUTEX_INITIALIZER;

static void *adder(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&add_lock);
        total += 2;
        pthread_mutex_unlock(&add_lock);
    }
    return NULL;
}

static void *subber(void *arg)
{
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&sub_lock);
        total -= 1;
        pthread_mutex_unlock(&sub_lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, s;
    pthread_create(&a, NULL, adder, NULL);
    pthread_create(&s, NULL, subber, NULL);
    pthread_join(a, NULL);
    pthread_join(s, NULL);
    printf("total=%d\n", total);
    return 0;
}

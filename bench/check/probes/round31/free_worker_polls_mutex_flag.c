/* TRUTH: race-free. consumer loops under m until 'published' is 1; producer writes item before setting published under m. Producer's item write -> unlock -> consumer's lock that saw published=1 -> consumer's write of item. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int published;
static int item;

static void *producer(void *arg)
{
    (void)arg;
    item = 7;
    pthread_mutex_lock(&m);
    published = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    while (!published) {
        pthread_mutex_unlock(&m);
        sched_yield();
        pthread_mutex_lock(&m);
    }
    pthread_mutex_unlock(&m);
    item = item * 3;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", item);
    return 0;
}

/* TRUTH: race-free. consumer waits for 'published' under m by recursion (no loop); producer wrote item before publishing under m. */
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

static void await_published(void)
{
    pthread_mutex_lock(&m);
    int p = published;
    pthread_mutex_unlock(&m);
    if (!p) {
        sched_yield();
        await_published();
    }
}

static void *consumer(void *arg)
{
    (void)arg;
    await_published();
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

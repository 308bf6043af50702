/* TRUTH: race-free. One thread calls pthread_once(&once, init), the other pthread_once(oncep, init) with oncep a constant pointer to the same object: init runs once and settings' write happens before both reads. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_once_t *const oncep = &once;
static int settings;

static void init(void)
{
    settings = 5;
}

static void *first(void *arg)
{
    (void)arg;
    pthread_once(&once, init);
    printf("%d\n", settings);
    return NULL;
}

static void *second(void *arg)
{
    (void)arg;
    pthread_once(oncep, init);
    printf("%d\n", settings);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, first, NULL);
    pthread_create(&b, NULL, second, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

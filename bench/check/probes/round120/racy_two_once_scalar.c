/* TRUTH: racy — init() is registered with two different pthread_once_t objects, so it runs once per object, in two threads at the same time, and its two updates of cfg race */
#include <pthread.h>
#include <unistd.h>

pthread_once_t once_a = PTHREAD_ONCE_INIT;
pthread_once_t once_b = PTHREAD_ONCE_INIT;
int cfg;

static void init(void)
{
    usleep(1000);
    cfg = cfg + 1;
}

void *user_a(void *arg)
{
    (void)arg;
    pthread_once(&once_a, init);
    return 0;
}

void *user_b(void *arg)
{
    (void)arg;
    pthread_once(&once_b, init);
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, user_a, 0);
    pthread_create(&b, 0, user_b, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return cfg;
}

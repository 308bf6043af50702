/* TRUTH: racy — the once-routine init() is also called directly by main after the workers start, so its write to cfg races with the workers' pthread_once-run init and their reads */
#include <pthread.h>
#include <unistd.h>

pthread_once_t once = PTHREAD_ONCE_INIT;
int cfg;

static void init(void)
{
    cfg = cfg + 10;
}

void *worker(void *arg)
{
    (void)arg;
    pthread_once(&once, init);
    int s = 0;
    for (int i = 0; i < 20; i++) {
        s += cfg;
        usleep(1000);
    }
    return (void *)(long)s;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 5; i++) {
        usleep(2000);
        init();
    }
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return 0;
}

// racy: main switches to MODE_FAST before starting the workers, so both take the unlocked fast path.
#include <pthread.h>
#include <stdio.h>

enum { MODE_SAFE, MODE_FAST };
static int mode = MODE_SAFE;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long total;

static void *worker(void *arg)
{
    if (mode == MODE_FAST) {
        total++;
    } else {
        pthread_mutex_lock(&m);
        total++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    mode = MODE_FAST;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

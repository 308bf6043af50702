// A loop's next iteration starts where the last one ended: a lock released in the body is
// not held in the next iteration (while and do-while alike). A break or continue leaves the
// rest of the body: what follows it in the body runs holding what its own path holds.
// do { ... break; ... } while (0) runs its body once.
#include <pthread.h>

extern int more(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int pending, stop, again, again2, once;

static void *consumer(void *arg)
{
    (void)arg;
    for (;;) {
        pthread_mutex_lock(&m);
        if (pending == 0 && !stop) {
            pthread_mutex_unlock(&m);
            continue;
        }
        if (stop) {
            pending = 0; // NORACE: under m
            pthread_mutex_unlock(&m);
            break;
        }
        pending--; // NORACE: under m
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    while (more()) {
        again++; // RACE (possible): from the second iteration on, m is no longer held
        pthread_mutex_unlock(&m);
    }
    pthread_mutex_lock(&m);
    do {
        again2++; // RACE (possible): likewise
        pthread_mutex_unlock(&m);
    } while (more());
    pthread_mutex_lock(&m);
    do {
        if (more())
            break;
        once++; // NORACE: the body runs once, under m
    } while (0);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *producer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    pending++;
    stop = 1;
    again++;
    again2++;
    once++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, consumer, NULL);
    pthread_create(&b, NULL, producer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

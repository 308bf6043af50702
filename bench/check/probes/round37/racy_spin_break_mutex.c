/* TRUTH: racy — the writer sets ready before writing data = 42 (line 15); the reader, released by ready, reads data (line 30) concurrently with that write. */
#include <pthread.h>
#include <assert.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    data = 42;
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    while (1) {
        pthread_mutex_lock(&m);
        if (ready) {
            pthread_mutex_unlock(&m);
            break;
        }
        pthread_mutex_unlock(&m);
    }
    assert(data == 42);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

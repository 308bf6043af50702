/* TRUTH: free — the reader leaves while(1) only after seeing ready == 1 under mutex m; the writer wrote data = 42 (line 12) before setting ready under m, so the reader's read of data (line 30) happens after it (unlock/lock of m). */
#include <pthread.h>
#include <assert.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int ready;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    data = 42;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
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

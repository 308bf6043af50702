/* TRUTH: racy. main waits until 'started' is 1, but the loader sets started before writing table[3]; the reader's write of table[3] races with the loader's write table[3] = 42. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int started;
static int table[8];

static void *loader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    started = 1;
    pthread_mutex_unlock(&m);
    table[1] = 1;
    table[3] = 42;
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    table[3] = table[3] + 1;
    printf("%d\n", table[3]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, loader, NULL);
    for (;;) {
        pthread_mutex_lock(&m);
        int r = started;
        pthread_mutex_unlock(&m);
        if (r)
            break;
    }
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(b, NULL);
    pthread_join(a, NULL);
    return 0;
}

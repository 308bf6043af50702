// Main waiting for its first thread (a loop on a flag under a mutex) before starting the
// second orders what the first did before its unlock before all of the second: no definite
// race between them. A plain lock taken between the two starts waits for no thread.
#include <pthread.h>
#include <sched.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int loaded, version, plain;

static void *loader(void *a)
{
    (void)a;
    version = 2; // RACE (possible): main's wait orders it before the reader on every run that gets there
    plain = 1;   // RACE (definite): a lock main takes waits for nobody
    pthread_mutex_lock(&m);
    loaded = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *reader(void *a)
{
    (void)a;
    return (void *)(long)version;
}

static void *other(void *a)
{
    (void)a;
    plain = 2;
    return NULL;
}

int main(void)
{
    pthread_t l, r, o;
    pthread_create(&l, NULL, loader, NULL);
    pthread_mutex_lock(&m);
    pthread_create(&o, NULL, other, NULL);
    while (!loaded) {
        pthread_mutex_unlock(&m);
        sched_yield();
        pthread_mutex_lock(&m);
    }
    pthread_mutex_unlock(&m);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(l, NULL);
    pthread_join(r, NULL);
    pthread_join(o, NULL);
    return 0;
}

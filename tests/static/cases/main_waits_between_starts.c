// Main waiting for its first thread (a loop on a flag under a mutex) before starting the
// second orders what the first did before its unlock before all of the second: no definite
// race between them. A plain lock taken between the two starts waits for no thread.
#include <pthread.h>
#include <sched.h>

#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int loaded, version, plain, checked, port;

static void *setter(void *a)
{
    (void)a;
    port = 80; // RACE (possible): main goes on only if it saw checked set after this
    pthread_mutex_lock(&m);
    checked = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *user(void *a)
{
    (void)a;
    port++;
    return NULL;
}

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
    pthread_t s1, u1;
    pthread_create(&s1, NULL, setter, NULL);
    pthread_mutex_lock(&m);
    int ok = checked;
    pthread_mutex_unlock(&m);
    if (!ok)
        exit(1); /* main starts the user only after the setter's unlock */
    pthread_create(&u1, NULL, user, NULL);
    pthread_join(s1, NULL);
    pthread_join(u1, NULL);
    return 0;
}

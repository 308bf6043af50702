// Main waiting for its first thread before starting the second (a loop on a flag under a
// mutex, a branch that ends the program unless the flag is set: main_exit_paths.c has more
// shapes of it) may order what the first did
// before its unlock before all of the second: a race between them is possible, not
// definite. Each racy line below is written after the flag, so it races; the analysis does
// not claim it definite. A plain lock taken between two starts waits for no thread.
#include <pthread.h>
#include <sched.h>
#include <stdlib.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int loaded, version, plain, checked, port, seen;

static void *loader(void *a)
{
    (void)a;
    plain = 1; // RACE (definite): a lock main takes waits for nobody
    pthread_mutex_lock(&m);
    loaded = 1;
    pthread_mutex_unlock(&m);
    version = 2; // RACE (possible): after the flag; main waited for the flag before starting the reader
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

static void *setter(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    checked = 1;
    pthread_mutex_unlock(&m);
    port = 80; // RACE (possible): after the flag main's exit branch tested
    return NULL;
}

static void *user(void *a)
{
    (void)a;
    port++;
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
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
    seen = checked;
    pthread_mutex_unlock(&m);
    if (!seen)
        exit(1);
    pthread_create(&u1, NULL, user, NULL);
    pthread_join(s1, NULL);
    pthread_join(u1, NULL);
    return 0;
}

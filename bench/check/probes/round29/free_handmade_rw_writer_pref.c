/* TRUTH: race-free. Hand-made readers-writer lock (mutex + cond, counters readers/writer_active all under rw.m): writers modify doc only when writer_active == 1 and readers == 0; readers read doc only while counted in readers with no writer active. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static struct {
    pthread_mutex_t m;
    pthread_cond_t cv;
    int readers;
    int writer_active;
} rw = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0, 0};

static char doc[64] = "v0";
static int version;

static void read_lock(void)
{
    pthread_mutex_lock(&rw.m);
    while (rw.writer_active)
        pthread_cond_wait(&rw.cv, &rw.m);
    rw.readers++;
    pthread_mutex_unlock(&rw.m);
}

static void read_unlock(void)
{
    pthread_mutex_lock(&rw.m);
    if (--rw.readers == 0)
        pthread_cond_broadcast(&rw.cv);
    pthread_mutex_unlock(&rw.m);
}

static void write_lock(void)
{
    pthread_mutex_lock(&rw.m);
    while (rw.writer_active || rw.readers > 0)
        pthread_cond_wait(&rw.cv, &rw.m);
    rw.writer_active = 1;
    pthread_mutex_unlock(&rw.m);
}

static void write_unlock(void)
{
    pthread_mutex_lock(&rw.m);
    rw.writer_active = 0;
    pthread_cond_broadcast(&rw.cv);
    pthread_mutex_unlock(&rw.m);
}

static void *reader(void *arg)
{
    (void)arg;
    for (int i = 0; i < 100; i++) {
        read_lock();
        size_t n = strlen(doc);
        int v = version;
        read_unlock();
        if (n == 0 && v < 0)
            puts("?");
    }
    return NULL;
}

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        write_lock();
        version++;
        snprintf(doc, sizeof doc, "v%d", version);
        write_unlock();
    }
    return NULL;
}

int main(void)
{
    pthread_t r1, r2, w;
    pthread_create(&r1, NULL, reader, NULL);
    pthread_create(&r2, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(r1, NULL);
    pthread_join(r2, NULL);
    pthread_join(w, NULL);
    printf("%s\n", doc);
    return 0;
}

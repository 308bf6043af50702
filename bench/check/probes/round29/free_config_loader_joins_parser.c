/* TRUTH: race-free. The loader joins the parser before setting ready under cfg_lock; the reader reads cfg only after seeing ready under cfg_lock (join -> lock hand-off -> read). */
#include <pthread.h>
#include <stdio.h>

#define MAXE 16

static struct {
    int nentries;
    int entries[MAXE];
} cfg;
static int ready;
static pthread_mutex_t cfg_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cfg_cv = PTHREAD_COND_INITIALIZER;

static void *parser(void *arg)
{
    (void)arg;
    for (int i = 0; i < MAXE; i++)
        cfg.entries[i] = i * i;
    cfg.nentries = MAXE;
    return NULL;
}

static void *loader(void *arg)
{
    (void)arg;
    pthread_t p;
    pthread_create(&p, NULL, parser, NULL);
    pthread_join(p, NULL);
    pthread_mutex_lock(&cfg_lock);
    ready = 1;
    pthread_cond_broadcast(&cfg_cv);
    pthread_mutex_unlock(&cfg_lock);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&cfg_lock);
    while (!ready)
        pthread_cond_wait(&cfg_cv, &cfg_lock);
    pthread_mutex_unlock(&cfg_lock);
    long s = 0;
    for (int i = 0; i < cfg.nentries; i++)
        s += cfg.entries[i];
    printf("%ld\n", s);
    return NULL;
}

int main(void)
{
    pthread_t l, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&l, NULL, loader, NULL);
    pthread_join(l, NULL);
    pthread_join(r, NULL);
    return 0;
}

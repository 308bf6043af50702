/* TRUTH: race-free. The loader fills 'table' and sets 'loaded = 1' while holding m; the users wait on cv under m until loaded is 1 and read table while still holding m, so every access to table/loaded/uses is under the same mutex; main reads uses after joins. */
#include <pthread.h>
#include <stdio.h>

#define TN 16

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int loaded;
static int table[TN];
static long uses;

static void *loader(void *arg)
{
    int mul = (int)(long)arg;
    pthread_mutex_lock(&m);
    for (int i = 0; i < TN; i++)
        table[i] = i * mul;
    loaded = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *user(void *arg)
{
    int idx = (int)(long)arg;
    int v;
    pthread_mutex_lock(&m);
    while (!loaded)
        pthread_cond_wait(&cv, &m);
    v = table[idx % TN];
    uses++;
    pthread_mutex_unlock(&m);
    return (void *)(long)v;
}


/* ---- build/banner helpers (single-threaded, called from main) ---- */
struct build_info {
    const char *key;
    const char *value;
};

static void print_banner(const char *prog)
{
    static const struct build_info info[] = {
        { "version", "1.4.2" },
        { "threads", "pthread" },
        { "checks", "on" },
    };
    const char *base = prog;
    for (const char *p = prog; *p; p++)
        if (*p == '/')
            base = p + 1;
    printf("%s", base);
    for (unsigned i = 0; i < sizeof info / sizeof info[0]; i++) {
        if (info[i].value == NULL || info[i].value[0] == '\0')
            continue;
        printf(" %s=%s", info[i].key, info[i].value);
    }
    printf("\n");
}
int main(void)
{
    print_banner(__FILE__);
    pthread_t l, u1, u2;
    pthread_create(&u1, NULL, user, (void *)3L);
    pthread_create(&u2, NULL, user, (void *)7L);
    pthread_create(&l, NULL, loader, (void *)5L);
    pthread_join(l, NULL);
    pthread_join(u1, NULL);
    pthread_join(u2, NULL);
    printf("uses %ld\n", uses);
    return 0;
}

/* TRUTH: race-free. main locks cfg_lock, starts the 'migrator' helper and joins it before unlocking, so the helper's unlocked writes to cfg happen entirely inside main's critical section; the reader thread accesses cfg only while holding cfg_lock, so it runs either before main's section or after it. main's own accesses are under the lock or after all joins. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct config {
    int version;
    int threads;
    char mode[8];
};

static struct config cfg = { 1, 2, "old" };
static pthread_mutex_t cfg_lock = PTHREAD_MUTEX_INITIALIZER;

static void *migrator(void *arg)
{
    int target = *(int *)arg;
    /* runs while main holds cfg_lock on its behalf */
    while (cfg.version < target) {
        cfg.version++;
        cfg.threads *= 2;
    }
    strcpy(cfg.mode, "new");
    return NULL;
}

static void *reader(void *arg)
{
    int seen = 0;
    (void)arg;
    for (int i = 0; i < 5; i++) {
        pthread_mutex_lock(&cfg_lock);
        seen += cfg.version * 100 + cfg.threads;
        if (strcmp(cfg.mode, "new") == 0)
            seen++;
        pthread_mutex_unlock(&cfg_lock);
    }
    return (void *)(long)seen;
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
    pthread_t r, m;
    static int target = 3;

    pthread_create(&r, NULL, reader, NULL);
    pthread_mutex_lock(&cfg_lock);
    cfg.threads = 4;
    pthread_create(&m, NULL, migrator, &target);
    pthread_join(m, NULL);
    pthread_mutex_unlock(&cfg_lock);
    pthread_join(r, NULL);
    printf("v%d threads=%d mode=%s\n", cfg.version, cfg.threads, cfg.mode);
    return 0;
}

/* TRUTH: racy. The loader thread tests 'phase == PH_INIT', then calls begin_load(), which sets phase = PH_LOADING, so the following 'if (phase == PH_LOADING)' is taken and the loader executes 'catalog.items += n' with no lock; main concurrently executes 'catalog.items = 0' (reset) before joining. */
#include <pthread.h>
#include <stdio.h>

enum phase { PH_INIT, PH_LOADING, PH_READY };

struct catalog {
    long items;
    int shards;
};

static enum phase phase = PH_INIT;
static struct catalog catalog;

static void begin_load(void)
{
    phase = PH_LOADING;
}

static int count_items(int shard)
{
    return 10 + shard * 3;
}

static void *loader(void *arg)
{
    int nshards = (int)(long)arg;
    if (phase == PH_INIT) {
        begin_load();
        if (phase == PH_LOADING) {
            for (int s = 0; s < nshards; s++)
                catalog.items += count_items(s);
        }
    }
    return NULL;
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
    pthread_t t;
    if (pthread_create(&t, NULL, loader, (void *)4L) != 0)
        return 1;
    catalog.items = 0;          /* "reset before the load starts" */
    catalog.shards = 4;
    pthread_join(t, NULL);
    printf("%ld items in %d shards\n", catalog.items, catalog.shards);
    return 0;
}

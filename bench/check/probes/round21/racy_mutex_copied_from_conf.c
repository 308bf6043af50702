/* TRUTH: racy. Each writer thread copies the whole struct conf (including its mutex) into a local 'c' and then locks &c.lock, its private copy; the two writers therefore hold different mutexes and their 'journal.len++' / 'journal.entries[...] = ...' updates run concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#define JMAX 32

struct conf {
    pthread_mutex_t lock;
    int level;
    char tag[8];
};

struct journal {
    int len;
    int entries[JMAX];
};

static struct conf global_conf = { PTHREAD_MUTEX_INITIALIZER, 2, "svc" };
static struct journal journal;

static void journal_add(struct conf *c, int v)
{
    pthread_mutex_lock(&c->lock);
    if (journal.len < JMAX) {
        journal.entries[journal.len] = v * c->level;
        journal.len++;
    }
    pthread_mutex_unlock(&c->lock);
}

static void *writer(void *arg)
{
    struct conf c = *(const struct conf *)arg;   /* snapshot of the settings */
    for (int i = 0; i < 8; i++)
        journal_add(&c, i);
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
    pthread_t w1, w2;
    pthread_create(&w1, NULL, writer, &global_conf);
    pthread_create(&w2, NULL, writer, &global_conf);
    pthread_join(w1, NULL);
    pthread_join(w2, NULL);
    printf("%d entries\n", journal.len);
    return 0;
}

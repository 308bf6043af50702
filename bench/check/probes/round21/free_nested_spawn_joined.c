/* TRUTH: race-free. The coordinator thread fills plan[], then creates two sub-workers, each writing only its own element of partial[], and joins both before combining them into summary; main reads summary and partial[] only after joining the coordinator. No access is made by two threads that can run at once. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NSUB 2
#define PLAN 10

static int plan[PLAN];
static long partial[NSUB];
static long summary;

static void *sub_worker(void *arg)
{
    int id = (int)(long)arg;
    long s = 0;
    for (int i = id; i < PLAN; i += NSUB)
        s += plan[i];
    partial[id] = s;
    return NULL;
}

static void *coordinator(void *arg)
{
    pthread_t sub[NSUB];
    int scale = *(int *)arg;
    for (int i = 0; i < PLAN; i++)
        plan[i] = i * scale;
    for (int i = 0; i < NSUB; i++)
        if (pthread_create(&sub[i], NULL, sub_worker, (void *)(long)i) != 0)
            abort();
    for (int i = 0; i < NSUB; i++)
        pthread_join(sub[i], NULL);
    summary = partial[0] + partial[1];
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
    pthread_t c;
    static int scale = 3;
    pthread_create(&c, NULL, coordinator, &scale);
    pthread_join(c, NULL);
    printf("summary %ld (%ld + %ld)\n", summary, partial[0], partial[1]);
    return 0;
}

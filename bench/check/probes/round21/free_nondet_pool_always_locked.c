/* TRUTH: race-free. The number of workers is nondeterministic (0..3) but every worker accesses 'counter' and 'maxseen' only under 'mtx'; main starts them in a loop and joins them all with a loop over the same n before reading the shared values. */
#include <pthread.h>
#include <stdio.h>
#include <assert.h>

extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);

#define MAXW 3

pthread_mutex_t mtx = PTHREAD_MUTEX_INITIALIZER;
int counter;
int maxseen;

static void note(int v)
{
    pthread_mutex_lock(&mtx);
    counter++;
    if (v > maxseen)
        maxseen = v;
    pthread_mutex_unlock(&mtx);
}

void *worker(void *arg)
{
    int k = __VERIFIER_nondet_int();
    __VERIFIER_assume(k >= 0 && k < 4);
    for (int i = 0; i < k; i++)
        note(__VERIFIER_nondet_int());
    return 0;
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
    pthread_t t[MAXW];
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 0 && n <= MAXW);
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], 0);
    assert(counter <= 3 * MAXW);
    return maxseen > 0;
}

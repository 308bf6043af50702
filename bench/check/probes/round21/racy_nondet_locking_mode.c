/* TRUTH: racy. use_locks comes from __VERIFIER_nondet_int() and may be 0; main starts two updaters regardless, and with use_locks == 0 both run 'acct.balance += amt' / 'acct.ops++' without any lock at the same time. */
#include <pthread.h>
#include <stdio.h>
#include <assert.h>

extern int __VERIFIER_nondet_int(void);

struct account {
    long balance;
    long ops;
};

static struct account acct;
static pthread_mutex_t acct_lock = PTHREAD_MUTEX_INITIALIZER;
static int use_locks;

static void apply(long amt)
{
    if (use_locks)
        pthread_mutex_lock(&acct_lock);
    acct.balance += amt;
    acct.ops++;
    if (use_locks)
        pthread_mutex_unlock(&acct_lock);
}

static void *updater(void *arg)
{
    long amt = (long)arg;
    for (int i = 0; i < 5; i++)
        apply(i % 2 ? amt : -amt / 2);
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
    pthread_t a, b;
    int nthreads = __VERIFIER_nondet_int();

    /* locking is only "needed" with more than one thread */
    use_locks = nthreads > 1;
    pthread_create(&a, NULL, updater, (void *)10L);
    pthread_create(&b, NULL, updater, (void *)20L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    assert(acct.ops == 10);
    printf("balance %ld\n", acct.balance);
    return 0;
}

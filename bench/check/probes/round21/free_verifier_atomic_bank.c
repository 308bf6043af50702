/* TRUTH: race-free. Every access to the shared 'balance', 'deposits' and 'withdrawals' made while both threads may run is inside a __VERIFIER_atomic_begin()/__VERIFIER_atomic_end() section (all such sections exclude each other); main initialises before the creates and checks only after both joins. */
#include <pthread.h>
#include <stdio.h>
#include <assert.h>

extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

int balance;
int deposits, withdrawals;

void *depositor(void *arg)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 0 && n <= 3);
    for (int i = 0; i < n; i++) {
        __VERIFIER_atomic_begin();
        balance += 10;
        deposits++;
        __VERIFIER_atomic_end();
    }
    return 0;
}

void *withdrawer(void *arg)
{
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 0 && n <= 3);
    for (int i = 0; i < n; i++) {
        int ok;
        __VERIFIER_atomic_begin();
        ok = balance >= 10;
        if (ok) {
            balance -= 10;
            withdrawals++;
        }
        __VERIFIER_atomic_end();
        if (!ok)
            break;
    }
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
    pthread_t a, b;
    balance = __VERIFIER_nondet_int();
    __VERIFIER_assume(balance >= 0 && balance < 100);
    int start = balance;
    pthread_create(&a, 0, depositor, 0);
    pthread_create(&b, 0, withdrawer, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    assert(balance == start + 10 * deposits - 10 * withdrawals);
    return 0;
}

/* TRUTH: racy. vault.log_n++ is done after mtx_unlock; both tellers increment it concurrently (write/write). */
#include <stdio.h>
#include <threads.h>

struct vault {
    mtx_t mtx;
    long cash;
    int log_n;
};

static struct vault vault;

static int teller(void *arg)
{
    long delta = *(long *)arg;
    for (int i = 0; i < 100; i++) {
        if (mtx_lock(&vault.mtx) != thrd_success)
            return 1;
        vault.cash += delta;
        mtx_unlock(&vault.mtx);
        vault.log_n++; /* moved out of the critical section */
    }
    return 0;
}

int main(void)
{
    thrd_t a, b;
    long plus = 10, minus = -3;
    mtx_init(&vault.mtx, mtx_plain);
    vault.cash = 1000;
    thrd_create(&a, teller, &plus);
    thrd_create(&b, teller, &minus);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    printf("%ld %d\n", vault.cash, vault.log_n);
    mtx_destroy(&vault.mtx);
    return 0;
}

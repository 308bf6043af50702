/* TRUTH: racy. swapper() uses GCC's generic __atomic_exchange(&slot, &next, &prev_value, ...), whose third operand receives the old value by a plain store; the auditor thread reads prev_value concurrently. */
#include <pthread.h>
#include <stdio.h>

static int slot;
static int prev_value; /* plain */

static void *swapper(void *arg)
{
    (void)arg;
    for (int i = 1; i <= 5; i++) {
        int next = i;
        __atomic_exchange(&slot, &next, &prev_value, __ATOMIC_ACQ_REL);
    }
    return NULL;
}

static void *auditor(void *arg)
{
    (void)arg;
    printf("%d\n", prev_value);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, swapper, NULL);
    pthread_create(&b, NULL, auditor, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

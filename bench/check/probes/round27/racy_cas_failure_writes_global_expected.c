/* TRUTH: racy. claim() passes the plain global 'observed' as the expected operand of atomic_compare_exchange_strong; when the CAS fails (state already set by setter) it writes the current value into 'observed' non-atomically, while main reads 'observed' before joining. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int state;
static int observed; /* plain */

static void *setter(void *arg)
{
    (void)arg;
    atomic_store(&state, 1);
    return NULL;
}

static void *claim(void *arg)
{
    (void)arg;
    if (!atomic_compare_exchange_strong(&state, &observed, 2))
        return (void *)1;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, setter, NULL);
    pthread_create(&b, NULL, claim, NULL);
    printf("%d\n", observed); /* concurrent with claim's failing CAS */
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

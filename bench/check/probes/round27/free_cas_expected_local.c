/* TRUTH: race-free. claim() copies 'observed' into a local and passes that local as the CAS's expected operand, so a failing CAS writes only the local; 'observed' is written only by main before the threads start and is otherwise only read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int state;
static int observed; /* plain, written only by main before the threads start */

static void *setter(void *arg)
{
    (void)arg;
    atomic_store(&state, 1);
    return NULL;
}

static void *claim(void *arg)
{
    (void)arg;
    int expected = observed;
    if (!atomic_compare_exchange_strong(&state, &expected, 2))
        return (void *)(long)expected;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    observed = 0;
    pthread_create(&a, NULL, setter, NULL);
    pthread_create(&b, NULL, claim, NULL);
    printf("%d\n", observed);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

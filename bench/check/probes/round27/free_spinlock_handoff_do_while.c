/* TRUTH: race-free. A spin lock used as a one-shot gate: main takes 'gate' before starting the worker, the worker writes 'result' and then releases the gate with a release store; main's second acquire-exchange loop can only succeed after that store (gate stays 1 until then), so result's write happens before main's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int gate;
static int result;

static int compute(void)
{
    int s = 0;
    for (int i = 1; i <= 10; i++)
        s += i * i;
    return s;
}

static void *worker(void *arg)
{
    (void)arg;
    result = compute();
    atomic_store_explicit(&gate, 0, memory_order_release); /* hand the gate back */
    return NULL;
}

int main(void)
{
    pthread_t t;
    do {
    } while (atomic_exchange_explicit(&gate, 1, memory_order_acquire)); /* take it: free at start */
    pthread_create(&t, NULL, worker, NULL);
    do {
    } while (atomic_exchange_explicit(&gate, 1, memory_order_acquire)); /* wait for the worker's release */
    printf("%d\n", result);
    pthread_join(t, NULL);
    return 0;
}

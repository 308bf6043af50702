/* TRUTH: free — a zero-width bit-field `unsigned : 0` separates .ready and .error, so per C11 3.14 they are distinct memory locations; thread A writes only .ready, thread B only .error; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

struct status_bits {
    unsigned ready : 1;
    unsigned : 0;
    unsigned error : 1;
};
static struct status_bits flags;

static void *set_ready(void *arg) { (void)arg; flags.ready = 1; return NULL; }
static void *set_error(void *arg) { (void)arg; flags.error = 1; return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, set_ready, NULL);
    pthread_create(&b, NULL, set_error, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %u\n", flags.ready, flags.error);
    return 0;
}

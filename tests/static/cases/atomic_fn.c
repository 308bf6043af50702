// ARGS: --atomic-fn isr_*
// Functions named by --atomic-fn run as one atomic section (interrupt handlers, for instance).
#include <pthread.h>

static volatile int ticks;
static int unguarded;

void isr_timer(void)
{
    ticks++; // NORACE
}

static void *worker(void *arg)
{
    (void)arg;
    isr_timer();
    unguarded++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

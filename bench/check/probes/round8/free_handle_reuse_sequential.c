/* TRUTH: free. The same pthread_t is reused, but each thread is joined before the next is created, so the two writers of phase never overlap. */
#include <pthread.h>

static int phase;
static long log_[2];

static void *first(void *arg) { (void)arg; phase = 1; log_[0] = 10; return NULL; }
static void *second(void *arg) { (void)arg; phase = 2; log_[1] = log_[0] + 1; return NULL; }

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, first, NULL);
    pthread_join(t, NULL);
    pthread_create(&t, NULL, second, NULL);
    pthread_join(t, NULL);
    return phase + (int)log_[1];
}

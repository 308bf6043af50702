/* TRUTH: free — worker waits at a barrier that main reaches only after writing seed; only then does worker start sampler; main also starts sampler after the write */
#include <pthread.h>
static int seed;
static int sample[2];
static pthread_barrier_t go;
static void *sampler(void *arg) { sample[(long)arg] = seed; return NULL; }
static void *worker(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&go);
    pthread_t t;
    pthread_create(&t, NULL, sampler, (void *)0L);
    pthread_join(t, NULL);
    return NULL;
}
int main(void)
{
    pthread_t w, s;
    pthread_barrier_init(&go, NULL, 2);
    pthread_create(&w, NULL, worker, NULL);
    seed = 77;
    pthread_barrier_wait(&go);
    pthread_create(&s, NULL, sampler, (void *)1L);
    pthread_join(w, NULL);
    pthread_join(s, NULL);
    return sample[0] + sample[1];
}

/* TRUTH: free — the HIGH_WATER update of max_depth (line 13) is made holding depth_mu in both workers. */
#include <pthread.h>
#include <stdio.h>

#define HIGH_WATER(m, v) do { if ((v) > (m)) (m) = (v); } while (0)

static int max_depth;
static pthread_mutex_t depth_mu = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg) {
    int depth = (int)(long)arg;
    pthread_mutex_lock(&depth_mu);
    HIGH_WATER(max_depth, depth); // @A
    pthread_mutex_unlock(&depth_mu);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)5);
    pthread_create(&b, NULL, worker, (void *)9);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", max_depth);
    return 0;
}

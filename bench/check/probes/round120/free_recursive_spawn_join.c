/* TRUTH: free — worker(d) writes depth_seen, then creates worker(d-1) and joins it before writing again; at any time only the innermost running worker touches depth_seen */
#include <pthread.h>

int depth_seen;

void *worker(void *arg)
{
    long d = (long)arg;
    depth_seen = depth_seen + 1;
    if (d > 0) {
        pthread_t child;
        pthread_create(&child, 0, worker, (void *)(d - 1));
        pthread_join(child, 0);
    }
    depth_seen = depth_seen + 1;
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, worker, (void *)3);
    pthread_join(t, 0);
    return depth_seen == 8 ? 0 : 1;
}

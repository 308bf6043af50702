/* TRUTH: racy - each thread initializes and takes its own spin lock (sl[0] vs sl[1]) around the same hits counter */
#include <pthread.h>
static pthread_spinlock_t sl[2];
static int hits;
static void *worker(void *arg)
{
    int id = *(int *)arg;
    for (int i = 0; i < 100; i++) {
        pthread_spin_lock(&sl[id]);
        hits++;
        pthread_spin_unlock(&sl[id]);
    }
    return NULL;
}
int main(void)
{
    static int ids[2] = { 0, 1 };
    pthread_spin_init(&sl[0], PTHREAD_PROCESS_PRIVATE);
    pthread_spin_init(&sl[1], PTHREAD_PROCESS_PRIVATE);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &ids[0]);
    pthread_create(&b, NULL, worker, &ids[1]);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return hits;
}

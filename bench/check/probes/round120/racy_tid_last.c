/* TRUTH: racy — every thread stores pthread_self() into the global last_tid and compares it with itself, with no lock around last_tid or hits */
#include <pthread.h>
#include <unistd.h>

pthread_t last_tid;
int hits;

void *worker(void *arg)
{
    (void)arg;
    pthread_t me = pthread_self();
    for (int i = 0; i < 20; i++) {
        last_tid = me;
        usleep(500);
        if (pthread_equal(last_tid, me))
            hits++;
        usleep(500);
    }
    return 0;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], 0);
    return hits > 0 ? 0 : 1;
}

// Each iteration starts a thread and joins it: no two run at once. weft cannot order the
// iterations, so it reports a possible race; it must never call it definite.
#include <pthread.h>

int g;

static void *worker(void *arg)
{
    (void)arg;
    g++; // RACE (possible): only one instance runs at a time, in fact
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (int i = 0; i < 4; i++) {
        pthread_create(&t[i], NULL, worker, NULL);
        pthread_join(t[i], NULL);
    }
    return g; // NORACE: every thread was joined
}

/* TRUTH: free — every access to the shared counters during the parallel phase is a __sync builtin; plain reads only after join */
#include <pthread.h>
static int counters[4];
static void *worker(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < 500; i++) {
        __sync_fetch_and_add(&counters[i % 4], 1);
        if (i == id) __sync_add_and_fetch(&counters[0], 10);
    }
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    return counters[0] + counters[1] + counters[2] + counters[3] == 1530 ? 0 : 1;
}

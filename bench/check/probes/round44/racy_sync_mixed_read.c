/* TRUTH: racy — writer uses __sync_fetch_and_add, but the monitor thread reads the counter with a plain load concurrently */
#include <pthread.h>
#include <stdio.h>
static int progress;
static void *worker(void *a) {
    (void)a;
    for (int i = 0; i < 1000; i++) __sync_fetch_and_add(&progress, 1);
    return NULL;
}
static void *monitor(void *a) {
    (void)a;
    int last = -1;
    for (int i = 0; i < 10; i++) {
        int p = progress;
        if (p != last) { printf("%d\n", p); last = p; }
    }
    return NULL;
}
int main(void) {
    pthread_t w, m;
    pthread_create(&w, NULL, worker, NULL);
    pthread_create(&m, NULL, monitor, NULL);
    pthread_join(w, NULL);
    pthread_join(m, NULL);
    return 0;
}

/* TRUTH: racy — ticket lock whose next_ticket is a plain unsigned incremented by every thread concurrently */
#include <pthread.h>
#include <stdatomic.h>
static unsigned next_ticket;
static atomic_uint now_serving;
static int data;
static void *worker(void *arg) {
    (void)arg;
    unsigned my = next_ticket++;
    while (atomic_load(&now_serving) != my) { }
    data++;
    atomic_fetch_add(&now_serving, 1);
    return NULL;
}
int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    return data;
}

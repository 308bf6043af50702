// Anderson array lock with only 2 slots for 3 threads: two waiters share a
// slot and both pass when it is set -> concurrent nev++ / events writes.
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define SLOTS 2
static atomic_int has_lock[SLOTS];
static atomic_uint next_slot;
static int events[1000];
static int nev;
static unsigned alock(void) {
    unsigned s = atomic_fetch_add(&next_slot, 1) % SLOTS;
    while (!atomic_load(&has_lock[s])) ;
    return s;
}
static void aunlock(unsigned s) {
    atomic_store(&has_lock[s], 0);
    atomic_store(&has_lock[(s + 1) % SLOTS], 1);
}
static void *worker(void *arg) {
    for (int i = 0; i < 100; i++) {
        unsigned s = alock();
        events[nev++] = (int)(long)arg;
        aunlock(s);
    }
    return NULL;
}
int main(void) {
    atomic_store(&has_lock[0], 1);
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d\n", nev);
    return 0;
}

/* TRUTH: free — each thread claims a free slot via atomic_fetch_or on a bitmask; only the claimant writes the slot; main reads after join */
#include <pthread.h>
#include <stdatomic.h>
#define NSLOT 8
static atomic_uint used;
static int slot_owner[NSLOT];
static int claim(void) {
    for (int i = 0; i < NSLOT; i++) {
        unsigned bit = 1u << i;
        if (!(atomic_fetch_or(&used, bit) & bit)) return i;
    }
    return -1;
}
static void *worker(void *arg) {
    int id = (int)(long)arg;
    int s = claim();
    if (s >= 0) slot_owner[s] = id + 1;
    return NULL;
}
int main(void) {
    pthread_t t[6];
    for (long i = 0; i < 6; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 6; i++) pthread_join(t[i], NULL);
    int n = 0;
    for (int i = 0; i < NSLOT; i++) n += slot_owner[i] != 0;
    return n;
}

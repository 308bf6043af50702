/* TRUTH: free — threads race on a CAS for the "leader" role; only the single winner writes leader_data; main reads it after joining all */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int leader = -1;
static int leader_data[4];
static void *candidate(void *arg) {
    int id = (int)(long)arg;
    int expect = -1;
    if (atomic_compare_exchange_strong(&leader, &expect, id)) {
        for (int i = 0; i < 4; i++) leader_data[i] = id * 100 + i;
    }
    return NULL;
}
int main(void) {
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, candidate, (void *)i);
    for (int i = 0; i < 4; i++) pthread_join(t[i], NULL);
    return leader_data[0] + atomic_load(&leader);
}

/* TRUTH: racy — the CAS loser also writes leader_data (the "else" branch records a fallback), concurrently with the winner */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int leader = -1;
static int leader_data;
static void *candidate(void *arg) {
    int id = (int)(long)arg;
    int expect = -1;
    if (atomic_compare_exchange_strong(&leader, &expect, id))
        leader_data = id * 100;
    else if (leader_data == 0)
        leader_data = -1;
    return NULL;
}
int main(void) {
    pthread_t t[2];
    for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, candidate, (void *)i);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    return leader_data;
}

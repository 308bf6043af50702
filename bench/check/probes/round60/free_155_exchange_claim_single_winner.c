/* TRUTH: free — three threads run the same routine; only the one whose ACQ_REL __atomic_exchange_n(&claimed,1) returns 0 (exactly one thread) writes winner_id plainly; the others never touch winner_id; main reads it after joining all. */
#include <pthread.h>
#include <stdio.h>
static int claimed;
static int winner_id = -1;
static void *racer(void *arg) {
    int id = (int)(long)arg;
    if (__atomic_exchange_n(&claimed, 1, __ATOMIC_ACQ_REL) == 0)
        winner_id = id;
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, racer, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d\n", winner_id);
    return 0;
}

/* TRUTH: racy — "claim" via __atomic_fetch_add(&claimed,1) < 2 admits TWO winners among three threads; both winners write winner_id plainly, unordered. */
#include <pthread.h>
#include <stdio.h>
static int claimed;
static int winner_id = -1;
static void *racer(void *arg) {
    int id = (int)(long)arg;
    if (__atomic_fetch_add(&claimed, 1, __ATOMIC_ACQ_REL) < 2)
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

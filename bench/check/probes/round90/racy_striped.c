/* racy: the reporter locks stripe[k / NSTRIPE] instead of stripe[k % NSTRIPE], e.g. slot 1 is
   read under stripe[0] while updaters write it under stripe[1]; and it zeroes the slots. */
#include <pthread.h>
#include <stdio.h>
#define NKEY 64
#define NSTRIPE 8
static pthread_mutex_t stripe[NSTRIPE];
static long counter[NKEY];

static void bump(unsigned key) {
    pthread_mutex_t *m = &stripe[key % NSTRIPE];
    pthread_mutex_lock(m);
    counter[key % NKEY]++;
    pthread_mutex_unlock(m);
}
static void *updater(void *arg) {
    unsigned seed = (unsigned)(long)arg;
    for (int i = 0; i < 1000; i++) { seed = seed * 1103515245u + 12345u; bump(seed % NKEY); }
    return NULL;
}
static void *reporter(void *arg) {
    long sum = 0;
    (void)arg;
    for (unsigned k = 0; k < NKEY; k++) {
        pthread_mutex_lock(&stripe[k / NSTRIPE]);
        sum += counter[k];
        counter[k] = 0;
        pthread_mutex_unlock(&stripe[k / NSTRIPE]);
    }
    printf("%ld\n", sum);
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (int i = 0; i < NSTRIPE; i++) pthread_mutex_init(&stripe[i], NULL);
    pthread_create(&t[0], NULL, updater, (void *)1L);
    pthread_create(&t[1], NULL, updater, (void *)2L);
    pthread_create(&t[2], NULL, reporter, NULL);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    return 0;
}

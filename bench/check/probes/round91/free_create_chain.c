/* free: thread T1 writes `cfg` and only then creates T2, which reads it; main reads
   after joining T1, which joined T2. */
#include <pthread.h>
#include <stdio.h>

static int cfg;

static void *t2(void *x) { (void)x; printf("%d\n", cfg); return NULL; }

static void *t1(void *x) {
    (void)x;
    cfg = 3;
    pthread_t t;
    pthread_create(&t, NULL, t2, NULL);
    pthread_join(t, NULL);
    return NULL;
}

int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, t1, NULL);
    pthread_join(t, NULL);
    cfg = 4;
    return cfg - 4;
}

/* racy: two different pthread_once_t objects guard the SAME init routine, so it can
   run twice at once (two threads writing table[]), and a reader may overlap the 2nd run. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once_a = PTHREAD_ONCE_INIT;
static pthread_once_t once_b = PTHREAD_ONCE_INIT;
static int table[8];

static void init_table(void) {
    for (int i = 0; i < 8; i++)
        table[i] = i * i;
}

static void *ua(void *x) {
    (void)x;
    pthread_once(&once_a, init_table);
    printf("%d\n", table[2]);
    return NULL;
}

static void *ub(void *x) {
    (void)x;
    pthread_once(&once_b, init_table);
    printf("%d\n", table[5]);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, ua, NULL);
    pthread_create(&b, NULL, ub, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}

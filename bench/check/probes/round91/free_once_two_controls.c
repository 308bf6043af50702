/* free: both threads use the SAME pthread_once_t for the init routine, so it runs
   once and completes before either pthread_once call returns. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once_a = PTHREAD_ONCE_INIT;
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
    pthread_once(&once_a, init_table);
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

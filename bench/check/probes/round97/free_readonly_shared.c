/* FREE: a global table is initialized by main before any thread starts and is only
   read afterwards; each thread returns its result via pthread_exit value. */
#include <pthread.h>
#include <stdio.h>
static int weights[8];
static void *score(void *a) {
    long id = (long)a;
    long s = 0;
    for (int i = 0; i < 8; i++) s += weights[i] * (id + i);
    pthread_exit((void *)s);
}
int main(void) {
    for (int i = 0; i < 8; i++) weights[i] = i + 1;
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, score, (void *)i);
    for (int i = 0; i < 4; i++) {
        void *r;
        pthread_join(t[i], &r);
        printf("%ld\n", (long)r);
    }
    return 0;
}

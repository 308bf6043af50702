/* FREE: shared table initialized via pthread_once; threads only read it after
   pthread_once returns. */
#include <pthread.h>
#include <stdio.h>
static int squares[64];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static void init_table(void) {
    for (int i = 0; i < 64; i++) squares[i] = i * i;
}
static void *worker(void *a) {
    long id = (long)a;
    pthread_once(&once, init_table);
    long s = 0;
    for (int i = 0; i < 64; i++) s += squares[i] + id;
    return (void *)s;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++) {
        void *r;
        pthread_join(t[i], &r);
        printf("%ld\n", (long)r);
    }
    return 0;
}

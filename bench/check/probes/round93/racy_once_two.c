// Two different pthread_once_t objects guard the same init function: two
// threads can run init_table concurrently -> race on table/ntable.
#include <pthread.h>
#include <stdio.h>
static pthread_once_t once_a = PTHREAD_ONCE_INIT, once_b = PTHREAD_ONCE_INIT;
static int table[8];
static int ntable;
static void init_table(void) {
    for (int i = 0; i < 8; i++) table[i] = i;
    ntable = 8;
}
static void *user_a(void *arg) {
    pthread_once(&once_a, init_table);
    *(int *)arg = table[ntable - 1];
    return NULL;
}
static void *user_b(void *arg) {
    pthread_once(&once_b, init_table);
    *(int *)arg = table[ntable - 1];
    return NULL;
}
int main(void) {
    int ra, rb;
    pthread_t a, b;
    pthread_create(&a, NULL, user_a, &ra);
    pthread_create(&b, NULL, user_b, &rb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", ra, rb);
    return 0;
}

// init_table is guarded by pthread_once in the workers, but main also calls it
// directly after creating them -> main's writes race with workers' reads/writes.
#include <pthread.h>
#include <stdio.h>
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table[8];
static void init_table(void) {
    for (int i = 0; i < 8; i++) table[i] = i;
}
static void *user(void *arg) {
    pthread_once(&once, init_table);
    *(int *)arg = table[7];
    return NULL;
}
int main(void) {
    int r[2];
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, user, &r[i]);
    init_table();
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%d\n", r[0]);
    return 0;
}

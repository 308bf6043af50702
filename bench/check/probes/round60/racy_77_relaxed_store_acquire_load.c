/* TRUTH: racy — writer RELAXED-stores the flag (no release, no fence); reader ACQUIRE-loads it; an acquire load of a relaxed store synchronizes with nothing, so the plain data write/read race. */
#include <pthread.h>
#include <stdio.h>
static int flag;
static int data;
static int out;
static void *writer(void *arg) {
    data = 8;
    __atomic_store_n(&flag, 1, __ATOMIC_RELAXED);
    return arg;
}
static void *reader(void *arg) {
    while (!__atomic_load_n(&flag, __ATOMIC_ACQUIRE))
        ;
    out = data;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}

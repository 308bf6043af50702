/* TRUTH: free — __sync_synchronize (a full seq_cst fence) before the relaxed __atomic_store_n of the flag and after the relaxed load loop on the reader side; fence-fence synchronization orders the plain buffer writes before the plain reads. */
#include <pthread.h>
#include <stdio.h>
static int flag;
static int buf[4];
static int sum;
static void *writer(void *arg) {
    for (int i = 0; i < 4; i++) buf[i] = i + 1;
    __sync_synchronize();
    __atomic_store_n(&flag, 1, __ATOMIC_RELAXED);
    return arg;
}
static void *reader(void *arg) {
    while (!__atomic_load_n(&flag, __ATOMIC_RELAXED))
        ;
    __sync_synchronize();
    for (int i = 0; i < 4; i++) sum += buf[i];
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", sum);
    return 0;
}

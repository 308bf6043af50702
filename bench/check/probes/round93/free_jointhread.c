// Thread B joins thread A (whose id main stored before creating B) and only
// then reads A's output; main joins B last -> race-free.
#include <pthread.h>
#include <stdio.h>
static pthread_t ta;
static int produced[16];
static int consumed;
static void *thread_a(void *arg) {
    (void)arg;
    for (int i = 0; i < 16; i++) produced[i] = i * 3;
    return NULL;
}
static void *thread_b(void *arg) {
    (void)arg;
    pthread_join(ta, NULL);
    for (int i = 0; i < 16; i++) consumed += produced[i];
    return NULL;
}
int main(void) {
    pthread_t tb;
    pthread_create(&ta, NULL, thread_a, NULL);
    pthread_create(&tb, NULL, thread_b, NULL);
    pthread_join(tb, NULL);
    printf("%d\n", consumed);
    return 0;
}

// Thread B joins thread C instead of the producer A, then reads A's output
// while A may still be writing it -> race on produced[].
#include <pthread.h>
#include <stdio.h>
static pthread_t ta, tc;
static int produced[16];
static int consumed;
static void *thread_a(void *arg) {
    (void)arg;
    for (int i = 0; i < 16; i++) produced[i] = i * 3;
    return NULL;
}
static void *thread_c(void *arg) { (void)arg; return NULL; }
static void *thread_b(void *arg) {
    (void)arg;
    pthread_join(tc, NULL);
    for (int i = 0; i < 16; i++) consumed += produced[i];
    return NULL;
}
int main(void) {
    pthread_t tb;
    pthread_create(&ta, NULL, thread_a, NULL);
    pthread_create(&tc, NULL, thread_c, NULL);
    pthread_create(&tb, NULL, thread_b, NULL);
    pthread_join(tb, NULL);
    pthread_join(ta, NULL);
    printf("%d\n", consumed);
    return 0;
}

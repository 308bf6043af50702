/* TRUTH: racy — main sums partial[i] inside the join loop, so it reads partial[3] after joining only thread 0 */
#include <pthread.h>
#define NT 4
static long partial[NT];
static void *sum_part(void *arg) {
    int id = (int)(long)arg;
    for (int i = 0; i < 1000; i++) partial[id] += i % (id + 2);
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, sum_part, (void *)i);
    long total = 0;
    for (int i = 0; i < NT; i++) {
        pthread_join(t[i], NULL);
        total += partial[NT - 1 - i];          /* wrong index: reads a slot whose thread is not joined yet */
    }
    return (int)(total % 7);
}

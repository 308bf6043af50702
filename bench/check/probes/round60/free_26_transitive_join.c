/* TRUTH: free — worker does __atomic_exchange_n on v; middle thread joins worker, then writes v plainly; main joins middle then reads v plainly; main's initial plain write precedes both creates. All ordered by create/join (transitively). */
#include <pthread.h>
#include <stdio.h>
static int v;
static void *worker(void *arg) {
    __atomic_exchange_n(&v, 9, __ATOMIC_ACQ_REL);
    return arg;
}
static void *middle(void *arg) {
    pthread_t w;
    pthread_create(&w, NULL, worker, NULL);
    pthread_join(w, NULL);
    v = v + 1;
    return arg;
}
int main(void) {
    pthread_t m;
    v = 1;
    pthread_create(&m, NULL, middle, NULL);
    pthread_join(m, NULL);
    printf("%d\n", v);
    return 0;
}

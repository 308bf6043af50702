/* TRUTH: racy — main's local `hits` escapes via sh.counter; two workers do (*sh.counter)++ with no lock, concurrently. */
#include <pthread.h>
#include <stdio.h>
struct shared { pthread_mutex_t mu; int *counter; };
static struct shared sh = { PTHREAD_MUTEX_INITIALIZER, NULL };
static void *hit(void *u) {
    (void)u;
    for (int i = 0; i < 100; i++) {
        (*sh.counter)++;
    }
    return NULL;
}
int main(void) {
    int hits = 0;
    sh.counter = &hits;
    pthread_t a, b;
    pthread_create(&a, NULL, hit, NULL);
    pthread_create(&b, NULL, hit, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}

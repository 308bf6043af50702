// spawn() is called twice, but the first worker is joined before the second
// one starts -> the increments are ordered, race-free.
#include <pthread.h>
#include <stdio.h>
static int hits;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) hits++;
    return NULL;
}
static void spawn(pthread_t *t) { pthread_create(t, NULL, worker, NULL); }
int main(void) {
    pthread_t a, b;
    spawn(&a);
    pthread_join(a, NULL);
    spawn(&b);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}

// The only pthread_create sits in spawn(), which main calls twice: two
// instances of worker increment hits concurrently without a lock -> race.
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
    spawn(&b);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}

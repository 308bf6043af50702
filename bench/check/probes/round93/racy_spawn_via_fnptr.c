// Thread start routine reached through a function-pointer variable; the two
// started threads both increment hits without a lock -> race.
#include <pthread.h>
#include <stdio.h>
static int hits;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) hits++;
    return NULL;
}
static void *(*start_fn)(void *) = worker;
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, start_fn, NULL);
    pthread_create(&b, NULL, start_fn, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}

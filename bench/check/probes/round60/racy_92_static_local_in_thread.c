/* TRUTH: racy — calls is a function-scope static (one object shared by all threads); both workers do plain calls++ concurrently. */
#include <pthread.h>
#include <stdio.h>
static int snapshot[2];
static void *work(void *arg) {
    static int calls;
    int id = (int)(long)arg;
    for (int i = 0; i < 1000; i++) calls++;
    snapshot[id] = 1;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, (void *)0L);
    pthread_create(&b, NULL, work, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", snapshot[0], snapshot[1]);
    return 0;
}
